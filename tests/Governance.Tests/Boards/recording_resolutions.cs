using System.Net.Http.Json;
using System.Net;
using Alba;
using Governance.Domain.Boards;
using Governance.Tests.Support;
using Marten;

namespace Governance.Tests.Boards;

[Collection(LedgerCollection.Name)]
public class recording_resolutions(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    private Task<Microsoft.AspNetCore.Mvc.ValidationProblemDetails> Refused(MeetingRef meeting, object resolution) =>
        ledger.Host.Refuses($"/api/meetings/{meeting.Id}/resolutions", resolution);

    [Fact]
    public async Task an_inquorate_meeting_can_still_note_an_item()
    {
        var body = await _board.ConstituteAsync(quorum: 4);
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2");

        await _board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/1", "Noted"));

        (await _board.BodyAsAt(body, "2017-06-01")).Meetings.Single().Resolutions.Single().Outcome
            .ShouldBe(ResolutionOutcome.Noted);
    }

    [Fact]
    public async Task a_member_who_declared_an_interest_in_the_item_may_not_vote_on_it()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4", "v5");
        meeting = await _board.DeclareAsync(meeting, "v3", "Estates strategy");

        var problem = await Refused(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed",
            @for: ["v1", "v2", "v3", "v4"]));

        problem.Detail.ShouldBe("v3 declared an interest in 'Estates strategy' and may not vote on it; record them as recused.");
    }

    [Fact]
    public async Task a_resolution_number_is_used_once_by_a_body_but_another_body_may_use_it()
    {
        var body = await _board.ConstituteAsync();
        var first = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        await _board.ResolveAsync(first, BoardScenario.Resolution(first, "2017/7", "Passed", @for: ["v1", "v2", "v3"]));
        var second = await _board.MeetingAsync(body, "2017-07-01", "v1", "v2", "v3", "v4");

        var problem = await Refused(second, BoardScenario.Resolution(second, "2017/7", "Passed", @for: ["v1", "v2"]));

        problem.Detail.ShouldBe("Resolution 2017/7 of Partnership Board was already recorded at the meeting of 2017-06-01; " +
                                "a number is used once.");
        var otherBody = await _board.ConstituteAsync();
        var elsewhere = await _board.MeetingAsync(otherBody, "2017-07-01", "v1", "v2", "v3", "v4");
        await _board.ResolveAsync(elsewhere, BoardScenario.Resolution(elsewhere, "2017/7", "Passed", @for: ["v1", "v2"]));
    }

    [Fact]
    public async Task a_resolution_is_numbered_for_the_year_of_its_meeting()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2018-01-10", "v1", "v2", "v3", "v4");

        var problem = await Refused(meeting, BoardScenario.Resolution(meeting, "2017/40", "Passed", @for: ["v1", "v2"]));

        problem.Detail.ShouldBe("Resolution 2017/40 is numbered for another year than its meeting (2018-01-10).");
    }

    [Theory]
    [InlineData("SimpleMajority", new[] { "v1", "v2" }, new[] { "v3", "v4" }, "Passed",
        "The outcome must follow from the votes: 2 for, 2 against, 0 abstaining: a simple majority needs more votes for than against, so the motion was Rejected, not Passed.")]
    [InlineData("TwoThirdsMajority", new[] { "v1", "v2", "v3" }, new[] { "v4", "v5" }, "Passed",
        "The outcome must follow from the votes: 3 for, 2 against, 0 abstaining: a two-thirds majority needs at least two thirds of the votes cast to be for, so the motion was Rejected, not Passed.")]
    [InlineData("Unanimity", new[] { "v1", "v2", "v3", "v4" }, new string[0], "Passed",
        "The outcome must follow from the votes: 4 for, 0 against, 0 abstaining: unanimity needs every one of the 5 eligible voting members to vote for, so the motion was Rejected, not Passed.")]
    [InlineData("ConsensusWithoutDissent", new[] { "v1", "v2", "v3", "v4" }, new[] { "v5" }, "Passed",
        "The outcome must follow from the votes: 4 for, 1 against, 0 abstaining: consensus needs no votes against and at least one for, so the motion was Rejected, not Passed.")]
    [InlineData("SimpleMajority", new[] { "v1", "v2", "v3" }, new[] { "v4" }, "Rejected",
        "The outcome must follow from the votes: 3 for, 1 against, 0 abstaining: a simple majority needs more votes for than against, so the motion was Passed, not Rejected.")]
    public async Task the_outcome_must_follow_from_the_votes_under_the_voting_rule(string rule, string[] @for,
        string[] against, string outcome, string expected)
    {
        var body = await _board.ConstituteAsync(voting: rule);
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4", "v5");

        var problem = await Refused(meeting, BoardScenario.Resolution(meeting, "2017/1", outcome, @for, against));

        problem.Detail.ShouldBe(expected);
    }

    [Fact]
    public async Task recusals_that_leave_too_few_to_take_part_mean_the_item_cannot_be_decided()
    {
        var body = await _board.ConstituteAsync(quorum: 4);
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        meeting = await _board.DeclareAsync(meeting, "v4", "Estates strategy");

        var problem = await Refused(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed",
            @for: ["v1", "v2", "v3"], recused: ["v4"]));

        problem.Detail.ShouldBe("With v4 recused, only 3 voting members could take part in 'Estates strategy'; " +
                                "the quorum is 4, so the meeting could not decide it.");
    }

    [Fact]
    public async Task a_seat_without_a_vote_cannot_vote()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4", "nhse");

        var problem = await Refused(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "nhse"]));

        problem.Detail.ShouldBe("nhse did not hold a voting seat present at the meeting.");
    }

    [Fact]
    public async Task a_meeting_cannot_be_dated_before_its_body_was_constituted()
    {
        var body = await _board.ConstituteAsync(on: "2017-04-01");

        var problem = await ledger.Host.Refuses($"/api/bodies/{body}/meetings",
            new { date = "2017-03-31", @public = true, source = BoardScenario.Minutes });

        problem.Detail.ShouldBe("Partnership Board was constituted on 2017-04-01; it could not meet or decide on 2017-03-31.");
    }

    [Fact]
    public async Task a_meeting_is_judged_by_the_terms_of_reference_in_force_on_its_date()
    {
        var body = await _board.ConstituteAsync(quorum: 4);
        await ledger.Host.Records($"/api/bodies/{body}/terms", new
        {
            terms = new { quorum = 5, voting = "SimpleMajority" }, effectiveOn = "2018-01-01", version = 1,
            source = BoardScenario.Minutes,
        });

        await _board.MeetingAsync(body, "2017-12-15", "v1", "v2", "v3", "v4");
        await _board.MeetingAsync(body, "2018-02-01", "v1", "v2", "v3", "v4");

        var quoracy = (await _board.BodyAsAt(body, "2018-03-01")).Meetings.Select(m => m.Quoracy!.Quorate);
        quoracy.ShouldBe([true, false]);
    }

    [Fact]
    public async Task of_two_secretaries_writing_to_one_meeting_at_once_one_records_and_the_other_gets_a_409()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        var client = ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host));

        var responses = await Task.WhenAll(new[] { "v1", "v2" }.Select(seat =>
            client.PostAsJsonAsync($"/api/meetings/{meeting.Id}/interests", new
            {
                seatId = seat, item = "Estates strategy", nature = "Governor of a bidder", version = meeting.Version,
                source = BoardScenario.Minutes,
            })));

        responses.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], ignoreOrder: true);
        (await _board.BodyAsAt(body, "2017-06-01")).Meetings.Single().Interests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task a_retried_request_with_the_same_idempotency_key_records_once()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        var resolution = BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "v2", "v3"]);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await ledger.Host.Scenario(s =>
            {
                s.Post.Json(resolution).ToUrl($"/api/meetings/{meeting.Id}/resolutions");
                s.WithRequestHeader("Idempotency-Key", $"resolution-{meeting.Id}");
                s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
                s.StatusCodeShouldBeOk();
            });
        }

        await using var session = ledger.Store.QuerySession();
        (await session.Events.FetchStreamAsync(meeting.Id)).Count(e => e.Data is ResolutionRecorded).ShouldBe(1);
    }
}
