using System.Runtime.CompilerServices;

namespace Governance.Tests.Support;

/// <summary>An approved snapshot kept as the file it is (HTML, say) beside the test: a difference fails the test and
/// writes what was received next to it, to be read and, if right, approved by renaming it.</summary>
public static class ApprovedFile
{
    public static void Match(string received, string name, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "__snapshots__");
        var approved = Path.Combine(folder, name);
        var receivedPath = Path.Combine(folder, "__mismatch__", name);
        if (File.Exists(approved) && File.ReadAllText(approved) == received)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, received);
        throw new Xunit.Sdk.XunitException(File.Exists(approved)
            ? $"{name} differs from its approved snapshot; what was received is in {receivedPath}."
            : $"{name} has no approved snapshot; what was received is in {receivedPath}: read it, and approve it by moving it to {approved}.");
    }
}
