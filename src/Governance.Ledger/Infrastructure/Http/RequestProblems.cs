namespace Governance.Ledger.Infrastructure.Http;

/// <summary>Collects what is wrong with a request, field by field, into one 400 ProblemDetails.</summary>
public sealed class RequestProblems
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public static ProblemDetails Check(Action<RequestProblems> checks)
    {
        var problems = new RequestProblems();
        checks(problems);
        return problems._errors.Count == 0
            ? WolverineContinue.NoProblems
            : new ValidationProblemDetails(problems._errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is incomplete or malformed; nothing was recorded",
            };
    }

    /// <summary>A well-formed request that the ledger's rules refuse; nothing is recorded.</summary>
    public static IResult Rejected(string why) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The ledger's rules do not allow this; nothing was recorded",
        detail: why);

    public void Require(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, message);
    }

    /// <summary>A choice (an enum) the request must name: left out, it would otherwise read as the first choice.</summary>
    public void Require<T>(string field, T? value, string message) where T : struct, Enum
    {
        if (value is null) Add(field, message);
    }

    public void RequireDate(string field, DateOnly value, string message)
    {
        if (value == default) Add(field, message);
    }

    public void RequirePositive(string field, long value, string message)
    {
        if (value <= 0) Add(field, message);
    }

    /// <summary>What every change to an existing record states: when it happened, the version read, its source.</summary>
    public void CheckChange(string dateField, DateOnly date, long version, RecordedFrom? source)
    {
        RequireDate(dateField, date, "Give the date it took effect, as YYYY-MM-DD.");
        RequirePositive("version", version, "Send the record's version you read, so that a change made since is not overwritten.");
        Check(source, "source");
    }

    public void Check(RecordedFrom? source, string field)
    {
        if (source is null)
        {
            Add(field, "Say which document this is recorded from (its reference, and optionally its checksum).");
            return;
        }

        Require($"{field}.reference", source.Reference, "Give the reference of the source document (minutes, letter, published list).");
    }

    public void Add(string field, string message)
    {
        var key = JsonName(field);
        if (!_errors.TryGetValue(key, out var messages)) _errors[key] = messages = [];
        messages.Add(message);
    }

    private static string JsonName(string field) =>
        string.Join('.', field.Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));
}
