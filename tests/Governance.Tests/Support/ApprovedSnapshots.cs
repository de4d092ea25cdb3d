using System.Runtime.CompilerServices;

namespace Governance.Tests.Support;

/// <summary>How the approved snapshots (Verify) are kept: beside each test in an <c>approved</c> folder, as strict
/// JSON, with dates left as they are (they are the record), while generated ids and recording times are scrubbed by
/// the tests that meet them. A missing or changed approved file fails the test and leaves a <c>.received.</c> file
/// next to it; nothing is approved automatically.</summary>
public static class ApprovedSnapshots
{
    [ModuleInitializer]
    public static void Configure()
    {
        VerifierSettings.UseStrictJson();
        VerifierSettings.DontScrubDateTimes();
        VerifierSettings.DontIgnoreEmptyCollections();
        VerifyXunit.Verifier.DerivePathInfo((sourceFile, _, type, method) =>
            new PathInfo(Path.Combine(Path.GetDirectoryName(sourceFile)!, "approved"), type.Name, method.Name));
    }
}
