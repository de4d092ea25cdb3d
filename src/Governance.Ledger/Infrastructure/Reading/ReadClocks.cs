namespace Governance.Ledger.Infrastructure.Reading;

/// <summary>
/// The two clocks of every read, named the same everywhere: <c>asOf</c> (a date, default today in England) and
/// <c>knownAt</c> (a moment, default now). Checked once, before any read runs (a 400 naming the field); read once, by
/// the <see cref="RecordReader"/>. Every endpoint that reads through the gate documents both.
/// </summary>
public static class ReadClocks
{
    /// <summary>Wolverine middleware on every endpoint that takes a <see cref="RecordReader"/>.</summary>
    public static ProblemDetails Before(string? asOf, string? knownAt) => AsAtQuery.Check(asOf, knownAt);

    public static AsAtQuery Of(IQueryCollection query, TimeProvider clock) =>
        AsAtQuery.Parse(query["asOf"].FirstOrDefault(), query["knownAt"].FirstOrDefault(), clock);

    public static bool ReadsThroughTheGate(Wolverine.Http.HttpChain chain) =>
        chain.Method.Method.GetParameters().Any(p => p.ParameterType == typeof(RecordReader));
}
