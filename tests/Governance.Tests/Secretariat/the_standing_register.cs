using Alba;
using Governance.Domain.Secretariat;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.Secretariat;
using Governance.Tests.Support;

namespace Governance.Tests.Secretariat;

/// <summary>The registers of interests and of gifts and hospitality: as they stood on a date, with ended and withheld
/// entries, who has not declared in the year, and the conflicts they flag at a meeting.</summary>
[Collection(LedgerCollection.Name)]
public class the_standing_register(LedgerApp ledger)
{
    private static Func<long, object> Declaration(string seatId, string kind, string on, string? organisation = null,
        string? from = null, bool withheld = false, string? withheldReason = null, string? description = "Non-executive director") =>
        version => new
        {
            seatId, member = $"Member {seatId}", kind, organisation, description = kind == "NilReturn" ? null : description,
            from = kind == "NilReturn" ? null : from, withheld, withheldReason, on, version, source = SecretaryScenario.Minutes,
        };

    [Fact]
    public async Task the_register_as_at_a_date_holds_what_was_on_it_then_including_ended_and_withheld_entries()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var ended = await scenario.ListAsync("register", "register", Declaration("v1", "Interest", "2017-05-01", "RHQ", from: "2017-01-01"));
        await scenario.ListAsync("register", "register", Declaration("v2", "Interest", "2017-05-01", "RCU", from: "2017-02-01",
            withheld: true, withheldReason: "Publishing it could put the member's family at risk"));
        await scenario.ListAsync("register", "register", Declaration("v3", "NilReturn", "2017-05-01"));
        await scenario.ListAsync("register", "register", Declaration("v4", "GiftOrHospitality", "2017-05-20", from: "2017-05-18",
            description: "Dinner at a supplier's conference"));
        (await scenario.RefusedAsync("register", "register", Declaration("v5", "Interest", "2017-05-01", "RHQ", from: "2017-01-01",
            withheld: true))).Detail.ShouldBe("An entry withheld from publication says why (the guidance allows it where publishing could cause harm).");
        await scenario.ListAsync("register", $"register/{ended.Id}/end",
            v => new { until = "2017-12-31", on = "2018-01-05", version = v, source = SecretaryScenario.Minutes });

        var published = (await ledger.Host.GetAsJson<RegisterView>($"/api/bodies/{scenario.Body}/register?asOf=2017-06-01"))!;
        published.Entries.Select(e => e.SeatId).ShouldBe(["v1", "v4"], ignoreOrder: true);
        published.Withheld.ShouldBe(1);
        published.NotDeclared.Select(m => m.SeatId).ShouldBe(["v5", "v6", "nhse", "chair", "vice"], ignoreOrder: true);

        var auditor = Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor);
        var audited = await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/bodies/{scenario.Body}/register?asOf=2017-06-01");
            s.SignedInAs(auditor);
        });
        var seen = (await audited.ReadAsJsonAsync<RegisterView>())!;
        seen.Entries.Single(e => e.SeatId == "v2").WithheldReason.ShouldBe("Publishing it could put the member's family at risk");

        var later = (await ledger.Host.GetAsJson<RegisterView>($"/api/bodies/{scenario.Body}/register?asOf=2018-01-10"))!;
        later.Entries.ShouldNotContain(e => e.SeatId == "v1", "the interest ended on 2017-12-31, declared so on 2018-01-05");
        (await ledger.Host.GetAsJson<RegisterView>($"/api/bodies/{scenario.Body}/register?asOf=2018-01-02"))!.Entries
            .ShouldContain(e => e.SeatId == "v1" && e.Until == null, "on 2 January 2018 the register did not yet say it had ended");
        (await ledger.Host.GetAsJson<RegisterView>($"/api/bodies/{scenario.Body}/register?asOf=2017-04-30"))!
            .Entries.ShouldBeEmpty("nothing was declared before 1 May 2017, though the interests began earlier");
        (await ledger.Host.GetAsJson<RegisterView>($"/api/bodies/{scenario.Body}/register?asOf=2018-06-01"))!
            .NotDeclared.Select(m => m.SeatId).ShouldContain("v3", "a nil return of May 2017 needs refreshing within the year");
    }

    [Fact]
    public async Task a_standing_interest_of_a_member_present_flags_an_item_concerning_its_organisation_as_advice_only()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        await scenario.ListAsync("register", "register", Declaration("v1", "Interest", "2017-05-01", "Sheffield Teaching Hospitals", from: "2017-01-01"));
        await scenario.ListAsync("register", "register", Declaration("v5", "Interest", "2017-05-01", "Sheffield Teaching Hospitals", from: "2017-01-01"));
        var meeting = await scenario.MeetingAsync("2017-07-01");
        meeting = await scenario.AgendaItemAsync(meeting, "1", "Urgent care hub", concerns: ["Sheffield Teaching Hospitals"]);
        meeting = await scenario.AgendaItemAsync(meeting, "2", "Finance report", concerns: ["Barnsley Hospital"]);
        var attended = await ledger.Host.Records($"/api/meetings/{meeting.Id}/attendance",
            new { present = new[] { "v1", "v2", "v3", "v4" }, apologies = new[] { "v5" }, version = meeting.Version, source = SecretaryScenario.Minutes });

        var agenda = (await ledger.Host.GetAsJson<AgendaView>($"/api/meetings/{meeting.Id}/agenda"))!;
        agenda.Conflicts.ShouldBe([new ConflictFlag("1", "v1", "Member v1", "Sheffield Teaching Hospitals", "R-1")]);

        // The flag is advice: the meeting's own declaration and recusal rule decides who may vote.
        await scenario.ResolveAsync(meeting with { Version = attended.Version }, "2017/1", "Urgent care hub", @for: ["v1", "v2", "v3"]);
    }
}
