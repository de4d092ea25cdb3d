using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

/// <summary>What a body may say is the request type's contract: a field it does not have, a date the ledger does not
/// write, a choice that is not one of its names are each a 400 naming the field, in words, and nothing is recorded.</summary>
[Collection(LedgerCollection.Name)]
public class strict_request_bodies(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    [Fact]
    public async Task a_mistyped_field_is_a_400_naming_it_and_the_field_probably_meant()
    {
        var meeting = await _board.MeetingAsync(await _board.ConstituteAsync(), "2017-06-01", "v1", "v2", "v3", "v4");
        var before = await EventLog.LastSequenceAsync(ledger.ConnectionString);

        var problem = await ledger.Host.Refuses($"/api/meetings/{meeting.Id}/resolutions", new
        {
            number = "2017/1", item = "Estates strategy", text = "Rescinds 2017/3", reason = "As set out in the paper",
            votes = new { @for = new[] { "v1", "v2", "v3" }, against = Array.Empty<string>(), abstained = Array.Empty<string>() },
            recused = Array.Empty<string>(), outcome = "Passed", rescind = new { meetingId = meeting.Id, number = "2017/3" },
            version = meeting.Version, source = BoardScenario.Minutes,
        });

        problem.Errors["reason"].Single().ShouldStartWith("This request has no field 'reason'; did you mean 'reasons'?");
        problem.Errors["rescind"].Single().ShouldStartWith("This request has no field 'rescind'; did you mean 'rescinds'?");
        (await EventLog.LastSequenceAsync(ledger.ConnectionString)).ShouldBe(before);
    }

    [Fact]
    public async Task a_field_unknown_to_a_nested_object_is_named_by_its_path()
    {
        var body = await _board.ConstituteAsync();

        var problem = await ledger.Host.Refuses($"/api/bodies/{body}/meetings",
            new { date = "2017-06-01", @public = true, source = new { reference = "Minutes", checksm = "sha256:9a1c" } });

        problem.Errors["source.checksm"].Single().ShouldStartWith("This request has no field 'checksm'; did you mean 'checksum'?");
    }

    [Theory]
    [InlineData("15/07/2017")]
    [InlineData("1850-01-15")]
    [InlineData("2017-13-45")]
    [InlineData("2017-7-5")]
    public async Task a_date_that_cannot_be_is_a_400_naming_the_field_the_format_and_the_range(string date)
    {
        var body = await _board.ConstituteAsync();

        var problem = await ledger.Host.Refuses($"/api/bodies/{body}/meetings", new { date, @public = true, source = BoardScenario.Minutes });

        problem.Title.ShouldBe("The request is incomplete or malformed; nothing was recorded");
        problem.Errors["date"].Single().ShouldBe(
            $"'{date}' cannot be read here. Write a date as YYYY-MM-DD (for example 2017-07-15), from 1900-01-01 to 2199-12-31.");
    }

    [Fact]
    public async Task a_choice_that_is_not_one_of_its_names_lists_the_names()
    {
        var problem = await ledger.Host.Refuses("/api/footprints/QF7/bodies", new
        {
            name = "Partnership Board", kind = "Board", terms = new { quorum = 2, voting = "SimpleMajority" },
            seats = BoardScenario.Seats, constitutedOn = "2017-04-01", source = BoardScenario.Minutes,
        });

        problem.Errors["kind"].Single().ShouldStartWith("'Board' cannot be read here. Choose one of PartnershipBoard, ");
    }

    [Fact]
    public async Task a_negative_version_is_a_400_before_any_record_is_read()
    {
        var meeting = await _board.MeetingAsync(await _board.ConstituteAsync(), "2017-06-01");

        var problem = await ledger.Host.Refuses($"/api/meetings/{meeting.Id}/attendance",
            new { present = new[] { "v1" }, version = -1, source = BoardScenario.Minutes });

        problem.Errors["version"].Single().ShouldStartWith("'-1' is negative. Write a whole number from 0 to ");
    }

    [Fact]
    public async Task no_answer_names_a_dotnet_type()
    {
        var body = await _board.ConstituteAsync();

        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.Text("{\"date\": {\"year\": 2017}, \"public\": \"yes\", \"source\": []}").ToUrl($"/api/bodies/{body}/meetings");
            s.WithRequestHeader("content-type", "application/json");
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
            s.StatusCodeShouldBe(400);
        });

        var text = await result.ReadAsTextAsync();
        text.ShouldNotContain("Governance.");
        text.ShouldNotContain("System.");
        text.ShouldContain("\"public\"");
        text.ShouldContain("\"source\"");
    }
}
