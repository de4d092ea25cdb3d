using Alba;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.SharedDecisions;
using Governance.Tests.Support;

namespace Governance.Tests.SharedDecisions;

[Collection(LedgerCollection.Name)]
public class governance_arrangements_over_time(LedgerApp ledger)
{
    private static readonly object Source = ADecisionPutToPartners.Source;

    private async Task<ArrangementsView> ReadAsync(string footprint, string asOf) =>
        (await ledger.Host.GetAsJson<ArrangementsView>($"/api/footprints/{footprint}/arrangements?asOf={asOf}"))!;

    [Fact]
    public async Task a_memorandum_as_at_each_date_shows_who_had_signed_its_terms_then_its_chair_and_its_dissolution()
    {
        var given = await new ADecisionPutToPartners(ledger.Host, "QNQ").WithPartnersAsync(4, 0);
        var mou = (await ledger.Host.Records("/api/footprints/QNQ/arrangements", new
        {
            kind = "MemorandumOfUnderstanding", description = "Memorandum of understanding", rule = "EveryRequiredPartner",
            adoptedBy = given.Partners.Take(3), adoptedOn = "2017-05-01", version = 0, source = Source,
        })).Id;
        var arrangement = $"/api/footprints/QNQ/arrangements/{mou}";
        await ledger.Host.Records($"{arrangement}/chairs",
            new { name = "Alex Independent", role = "Chair", independent = true, appointedOn = "2017-06-01", version = 1, source = Source });
        await ledger.Host.Records($"{arrangement}/adoptions",
            new { organisation = given.Partners[3], adoptedOn = "2017-09-01", version = 2, source = Source });
        await ledger.Host.Records($"{arrangement}/revisions", new
        {
            description = "Memorandum of understanding, revised", rule = "MajorityOfRequiredPartners", revisedOn = "2018-01-01",
            version = 3, source = Source,
        });
        await ledger.Host.Records($"{arrangement}/chairs",
            new { name = "Sam Partner", role = "Chair", independent = false, appointedOn = "2018-04-01", version = 4, source = Source });
        await ledger.Host.Records($"{arrangement}/dissolution", new { dissolvedOn = "2019-03-31", version = 5, source = Source });

        var in2017 = (await ReadAsync("QNQ", "2017-08-01")).InForce.ShouldHaveSingleItem();
        var read2018 = await ReadAsync("QNQ", "2018-06-01");
        var in2018 = read2018.InForce.ShouldHaveSingleItem();
        var in2019 = await ReadAsync("QNQ", "2019-03-31");

        mou.ShouldBe("MemorandumOfUnderstanding-2017-05-01");
        (in2017.Rule, in2017.Parties.Count, in2017.Chairs.ShouldHaveSingleItem().Name).ShouldBe(
            (RatificationRule.EveryRequiredPartner, 3, "Alex Independent"));
        (read2018.Rule, in2018.Description, in2018.TermsFrom, in2018.Parties.Count).ShouldBe(
            (RatificationRule.MajorityOfRequiredPartners, "Memorandum of understanding, revised", new DateOnly(2018, 1, 1), 4));
        in2018.Chairs.ShouldHaveSingleItem().ShouldBe(new ArrangementChair("Sam Partner", ChairRole.Chair, false, new DateOnly(2018, 4, 1)));
        in2019.InForce.ShouldBeEmpty();
        (in2019.Rule, in2019.Version).ShouldBe((RatificationRule.EveryRequiredPartner, 6));
    }

    [Fact]
    public async Task a_joint_committee_decides_a_delegated_matter_alone_and_the_partners_do_not_ratify_it()
    {
        var given = await new ADecisionPutToPartners(ledger.Host, "QNX").WithPartnersAsync(4, 2);
        await ledger.Host.Records("/api/footprints/QNX/arrangements", new
        {
            kind = "JointCommittee", description = "Joint committee of the CCGs", rule = "EveryRequiredPartner",
            adoptedBy = given.Partners, delegatedDecisions = new[] { "Urgent care commissioning" }, bodyId = given.Board,
            adoptedOn = "2017-05-01", version = 0, source = Source,
        });
        var decision = await given.ProposeAsync(matter: "urgent care commissioning");
        var toDo = (await ledger.Host.GetAsJson<SharedDecisionView[]>($"/api/organisations/{given.Partners[0]}/awaiting-ratification"))!;

        var ratifying = await ledger.Host.Refuses($"/api/shared-decisions/{decision}/ratifications",
            given.Response(given.Partners[0], 1, "2017-07-01"));
        await ledger.Host.Records($"/api/shared-decisions/{decision}/committee-decision", new
        {
            resolution = new { bodyId = given.Board, resolution = "2017/2" }, on = "2017-07-01", version = 1, source = Source,
        });
        var undelegated = await ledger.Host.Refuses("/api/footprints/QNX/shared-decisions", new
        {
            title = "Estates strategy", text = "One estates strategy.", requiredPartners = given.Partners, matter = "Estates",
            proposedOn = "2017-06-15", deadline = "2017-12-31", source = Source,
        });

        var read = await given.Read(decision);
        (read.Rule, read.Status, read.ConcludedOn).ShouldBe(
            (RatificationRule.JointCommitteeWithinDelegation, SharedDecisionStatus.InEffect, new DateOnly(2017, 7, 1)));
        read.Delegation.ShouldBe(new Delegation("JointCommittee-2017-05-01", given.Board, "Urgent care commissioning"));
        read.CommitteeResolution!.Resolution.ShouldBe("2017/2");
        read.Partners.ShouldAllBe(p => p.Response == PartnerResponse.Awaiting);
        toDo.ShouldNotContain(d => d.Id == decision);
        ratifying.Detail.ShouldBe("Urgent care commissioning is delegated to the joint committee of JointCommittee-2017-05-01: its own resolution decides it, and the partners do not ratify it.");
        undelegated.Detail.ShouldBe("No joint committee of QNX in force on 2017-06-15 has \"Estates\" delegated to it. Leave the matter out for the partners to decide it.");
    }

    [Theory]
    [InlineData("QPM", "JointCommittee", null, false,
        "A joint committee decides only what is delegated to it: list the matters (delegatedDecisions).")]
    [InlineData("QRL", "MemorandumOfUnderstanding", "Estates", false,
        "Only a joint committee takes decisions delegated to it; under a MemorandumOfUnderstanding each partner decides for itself.")]
    [InlineData("QT6", "CommitteesInCommon", null, true, "ZZZ was not partners of QT6 on 2017-05-01.")]
    public async Task an_arrangement_that_cannot_be_is_refused_with_the_reason(string footprint, string kind, string? delegated,
        bool byAStranger, string reason)
    {
        var given = await new ADecisionPutToPartners(ledger.Host, footprint).WithPartnersAsync(2, 0);
        var refused = await ledger.Host.Refuses($"/api/footprints/{footprint}/arrangements", new
        {
            kind, description = "Proposed arrangement", rule = "EveryRequiredPartner",
            adoptedBy = byAStranger ? ["ZZZ"] : given.Partners,
            delegatedDecisions = delegated is null ? null : new[] { delegated }, bodyId = given.Board,
            adoptedOn = "2017-05-01", version = 0, source = Source,
        });

        refused.Detail.ShouldBe(reason);
        (await ReadAsync(footprint, "2017-06-01")).Version.ShouldBe(0);
    }

    [Fact]
    public async Task changes_to_an_arrangement_outside_its_life_are_refused()
    {
        var given = await new ADecisionPutToPartners(ledger.Host, "QR1").WithPartnersAsync(2, 0);
        await ledger.Host.Records("/api/footprints/QR1/arrangements", new
        {
            kind = "PartnershipBoard", description = "Partnership board", rule = "EveryRequiredPartner",
            adoptedBy = given.Partners, bodyId = given.Board, adoptedOn = "2017-05-01", version = 0, source = Source,
        });
        var arrangement = "/api/footprints/QR1/arrangements/PartnershipBoard-2017-05-01";
        await ledger.Host.Records($"{arrangement}/dissolution", new { dissolvedOn = "2018-03-31", version = 1, source = Source });

        var early = await ledger.Host.Refuses($"{arrangement}/chairs",
            new { name = "Too Early", role = "Lead", independent = false, appointedOn = "2017-04-01", version = 2, source = Source });
        var late = await ledger.Host.Refuses($"{arrangement}/revisions",
            new { description = "Too late", rule = "EveryRequiredPartner", revisedOn = "2018-04-01", version = 2, source = Source });
        var unknown = await ledger.Host.Refuses("/api/footprints/QR1/arrangements/JointCommittee-2017-05-01/dissolution",
            new { dissolvedOn = "2018-03-31", version = 2, source = Source });

        early.Detail.ShouldBe("PartnershipBoard-2017-05-01 was adopted on 2017-05-01, after 2017-04-01.");
        late.Detail.ShouldBe("PartnershipBoard-2017-05-01 was dissolved on 2018-03-31, before 2018-04-01.");
        unknown.Detail.ShouldBe("The footprint has no arrangement JointCommittee-2017-05-01; GET its arrangements to see their ids.");
    }
}
