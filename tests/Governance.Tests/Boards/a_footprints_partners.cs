using Alba;
using Governance.Domain.Footprints;
using Governance.Ledger.Footprints.Partners;
using Governance.Tests.Support;

namespace Governance.Tests.Boards;

[Collection(LedgerCollection.Name)]
public class a_footprints_partners(LedgerApp ledger)
{
    private static readonly object Source = new { reference = "Memorandum of understanding, schedule 1" };

    [Fact]
    public async Task a_partner_shows_from_the_day_it_joined_until_the_day_it_left()
    {
        await ledger.Host.Records("/api/footprints/QJK/partners", new
        {
            organisationCode = "15N", name = "NHS Devon CCG", type = "ClinicalCommissioningGroup",
            joinedOn = "2017-04-01", version = 0, source = Source,
        });
        await ledger.Host.Records("/api/footprints/QJK/partners/15N/departure",
            new { leftOn = "2022-07-01", version = 1, source = Source });

        async Task<IReadOnlyList<Partnership>> On(string date) =>
            (await ledger.Host.GetAsJson<PartnersView>($"/api/footprints/QJK/partners?asOf={date}"))!.Partners;

        (await On("2017-03-31")).ShouldBeEmpty();
        (await On("2017-04-01")).ShouldHaveSingleItem().Type.ShouldBe(OrganisationType.ClinicalCommissioningGroup);
        (await On("2022-07-01")).ShouldBeEmpty();
    }

    [Fact]
    public async Task a_current_partner_cannot_join_again()
    {
        await ledger.Host.Records("/api/footprints/QSL/partners", new
        {
            organisationCode = "RH5", name = "Somerset NHS Foundation Trust", type = "NhsFoundationTrust",
            joinedOn = "2017-04-01", version = 0, source = Source,
        });

        var problem = await ledger.Host.Refuses("/api/footprints/QSL/partners", new
        {
            organisationCode = "RH5", name = "Somerset NHS Foundation Trust", type = "NhsFoundationTrust",
            joinedOn = "2018-04-01", version = 1, source = Source,
        });

        problem.Detail.ShouldBe("Somerset NHS Foundation Trust (RH5) is already a partner, since 2017-04-01.");
    }
}
