using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Alba;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.People;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.People;

/// <summary>A secretary records a person once, appoints them to a seat, and the body's membership reads as at any date
/// and as known at any moment, naming the person in their seat.</summary>
[Collection(LedgerCollection.Name)]
public class who_sat_on_a_body(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    private async Task<MembersView> MembersAsync(string body, string asOf, string? knownAt = null) =>
        (await ledger.Host.GetAsJson<MembersView>($"/api/bodies/{body}/members?asOf={asOf}" +
                                                  (knownAt is null ? "" : $"&knownAt={Uri.EscapeDataString(knownAt)}")))!;

    [Fact]
    public async Task a_member_sits_in_their_seat_from_their_appointment_until_they_resign_and_as_known_once_recorded()
    {
        var body = await _board.ConstituteAsync();
        var person = await ledger.Host.Records("/api/people",
            new { name = "Amira Shah", organisation = "ORG1", role = "Chair", source = BoardScenario.Minutes });
        var beforeAppointment = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var appointed = await ledger.Host.Records($"/api/bodies/{body}/members",
            new { personId = person.Id, seatId = "v1", kind = "Substantive", on = "2017-05-01", version = 0, source = BoardScenario.Minutes });
        var beforeResignation = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        await ledger.Host.Records($"/api/bodies/{body}/members/{appointed.Id}/end",
            new { ending = "Resigned", on = "2018-01-01", version = appointed.Version, source = BoardScenario.Minutes });

        var inPost = (await MembersAsync(body, "2017-06-01")).Seats.Single(s => s.SeatId == "v1").Holder!;
        inPost.ShouldBe(new MemberInSeat(appointed.Id, person.Id, "Amira Shah", "ORG1", Domain.People.AppointmentKind.Substantive,
            new DateOnly(2017, 5, 1), Until: null), "on that date the resignation had not happened");
        (await MembersAsync(body, "2017-06-01")).Seats.Where(s => s.SeatId != "v1").ShouldAllBe(s => s.Holder == null);
        (await MembersAsync(body, "2017-04-30")).Seats.Single(s => s.SeatId == "v1").Holder.ShouldBeNull("before the appointment");
        (await MembersAsync(body, "2018-01-01")).Seats.Single(s => s.SeatId == "v1").Holder.ShouldBeNull("from the day they resigned");
        (await MembersAsync(body, "2017-06-01", knownAt: beforeAppointment)).Seats.Single(s => s.SeatId == "v1").Holder
            .ShouldBeNull("as known before the appointment was recorded");
        (await MembersAsync(body, "2018-06-01", knownAt: beforeResignation)).Seats.Single(s => s.SeatId == "v1").Holder!.PersonId
            .ShouldBe(person.Id, "as known before the resignation was recorded, they still held the seat");
    }

    [Fact]
    public async Task a_second_person_is_refused_a_seat_held_and_a_person_not_recorded_is_refused_any()
    {
        var body = await _board.ConstituteAsync();
        var first = await ledger.Host.Records("/api/people", new { name = "Amira Shah", organisation = "ORG1", source = BoardScenario.Minutes });
        var second = await ledger.Host.Records("/api/people", new { name = "Tom Reid", organisation = "ORG2", source = BoardScenario.Minutes });
        var appointed = await ledger.Host.Records($"/api/bodies/{body}/members",
            new { personId = first.Id, seatId = "v2", kind = "Substantive", on = "2017-05-01", version = 0, source = BoardScenario.Minutes });

        var held = await ledger.Host.Refuses($"/api/bodies/{body}/members",
            new { personId = second.Id, seatId = "v2", kind = "Acting", on = "2017-09-01", version = appointed.Version, source = BoardScenario.Minutes });
        held.Detail.ShouldBe($"Seat 'v2' is held by appointment {appointed.Id} from 2017-05-01: one person holds a seat at a time; end that appointment first.");
        var nobody = await ledger.Host.Refuses($"/api/bodies/{body}/members",
            new { personId = "no-such-person", seatId = "v3", kind = "Substantive", on = "2017-09-01", version = appointed.Version, source = BoardScenario.Minutes });
        nobody.Detail.ShouldBe("No person 'no-such-person' is recorded: record them first, then cite their id.");
        var missing = await ledger.Host.Refuses($"/api/bodies/{body}/members",
            new { seatId = "v3", on = "2017-09-01", version = appointed.Version, source = BoardScenario.Minutes });
        missing.Errors.Keys.ShouldBe(["personId", "kind"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(LedgerRoles.Auditor, HttpStatusCode.Forbidden)]
    public async Task only_a_secretary_or_an_administrator_records_a_person(string? role, HttpStatusCode expected)
    {
        var client = role is null ? ledger.Host.Server.CreateClient() : ledger.Host.ClientFor(Tokens.For(ledger.Host, "An Auditor", role));
        var before = await EventLog.LastSequenceAsync(ledger.ConnectionString);

        var response = await client.PostAsJsonAsync("/api/people",
            new { name = "Amira Shah", organisation = "ORG1", source = BoardScenario.Minutes });

        response.StatusCode.ShouldBe(expected);
        (await EventLog.LastSequenceAsync(ledger.ConnectionString)).ShouldBe(before);
    }
}
