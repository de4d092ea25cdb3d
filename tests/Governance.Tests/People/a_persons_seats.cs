using Alba;
using Governance.Ledger.People;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.People;

/// <summary>One person, cited by id, in seats of two bodies of two footprints: their record lists both, each as at the date.</summary>
[Collection(LedgerCollection.Name)]
public class a_persons_seats(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    [Fact]
    public async Task a_person_reads_with_every_seat_they_held_on_any_body_by_the_date()
    {
        var partnership = await _board.ConstituteAsync();
        var committee = await _board.ConstituteAsync(footprint: "QWO");
        var person = await ledger.Host.Records("/api/people", new { name = "Tom Reid", organisation = "ORG3", source = BoardScenario.Minutes });
        var first = await ledger.Host.Records($"/api/bodies/{partnership}/members",
            new { personId = person.Id, seatId = "v3", kind = "Substantive", on = "2017-05-01", version = 0, source = BoardScenario.Minutes });
        await ledger.Host.Records($"/api/bodies/{partnership}/members/{first.Id}/end",
            new { ending = "Removed", on = "2019-03-01", version = first.Version, source = BoardScenario.Minutes });
        await ledger.Host.Records($"/api/bodies/{committee}/members",
            new { personId = person.Id, seatId = "nhse", kind = "Interim", termEnds = "2019-01-01", on = "2018-07-01", version = 0, source = BoardScenario.Minutes });

        var in2018 = (await ledger.Host.GetAsJson<PersonView>($"/api/people/{person.Id}?asOf=2018-12-31"))!;
        in2018.Name.ShouldBe("Tom Reid");
        in2018.Seats.Select(s => (s.BodyId, s.FootprintId, s.SeatId, s.Until)).ShouldBe([
            (partnership, "QF7", "v3", (DateOnly?)null),
            (committee, "QWO", "nhse", new DateOnly(2019, 1, 1)),
        ]);
        in2018.Seats[1].Seat.ShouldBe("NHS England regional team");
        in2018.Seats.ShouldAllBe(s => s.Ending == null, "neither had ended by the end of 2018");

        var in2017 = (await ledger.Host.GetAsJson<PersonView>($"/api/people/{person.Id}?asOf=2017-12-31"))!;
        in2017.Seats.Select(s => s.BodyId).ShouldBe([partnership], "the interim appointment was made in 2018");
        var in2020 = (await ledger.Host.GetAsJson<PersonView>($"/api/people/{person.Id}?asOf=2020-01-01"))!;
        in2020.Seats.Select(s => s.Ending).ShouldBe([Domain.People.AppointmentEnding.Removed, Domain.People.AppointmentEnding.TermEnded]);
    }

    [Fact]
    public async Task a_person_not_recorded_is_a_404() =>
        await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/people/no-such-person");
            s.StatusCodeShouldBe(404);
        });
}
