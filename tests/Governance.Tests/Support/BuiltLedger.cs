namespace Governance.Tests.Support;

/// <summary>The ledger as its own build wrote it, for tests that run it as a process. Not the copy beside the tests:
/// that folder also holds the test frameworks' assemblies, which the command runner's scan of its folder cannot load
/// outside the test host.</summary>
public static class BuiltLedger
{
    public static readonly string Dll = Path.Combine(
        AppContext.BaseDirectory.Replace(Path.Combine("tests", "Governance.Tests"), Path.Combine("src", "Governance.Ledger")),
        "Governance.Ledger.dll");
}
