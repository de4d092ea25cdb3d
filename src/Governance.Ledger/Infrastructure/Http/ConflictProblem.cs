namespace Governance.Ledger.Infrastructure.Http;

/// <summary>The words of every 409 the ledger sends.</summary>
public static class ConflictProblem
{
    public const string Title = "Someone else changed this record first";

    public const string Advice =
        "Nothing was recorded. Reload the record, check the change, and send yours again with the new version.";
}
