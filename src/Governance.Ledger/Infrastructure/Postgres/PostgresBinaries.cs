namespace Governance.Ledger.Infrastructure.Postgres;

/// <summary>Finds the installed PostgreSQL server binaries (initdb, pg_ctl, postgres).</summary>
public static class PostgresBinaries
{
    public const string OverrideVariable = "GOVERNANCE_PG_BIN";

    public static string Locate()
    {
        var overridden = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return HasServerBinaries(overridden)
                ? overridden
                : throw new PostgresUnavailableException(
                    $"{OverrideVariable}={overridden} does not hold initdb and pg_ctl.");
        }

        // Debian and Ubuntu install each major version under /usr/lib/postgresql/<major>/bin; take the newest.
        const string debianRoot = "/usr/lib/postgresql";
        var candidates = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(dir => (Major: int.TryParse(Path.GetFileName(dir), out var major) ? major : -1,
                                Bin: Path.Combine(dir, "bin")))
                .Where(c => c.Major > 0 && HasServerBinaries(c.Bin))
                .OrderByDescending(c => c.Major)
                .Select(c => c.Bin)
            : [];

        return candidates.FirstOrDefault()
            ?? throw new PostgresUnavailableException(
                "PostgreSQL server binaries were not found under /usr/lib/postgresql/<version>/bin. " +
                "Install them with 'sudo apt-get install postgresql' (or run 'ops/setup.sh', which does it), " +
                $"point {OverrideVariable} at a folder holding initdb and pg_ctl, " +
                "or set ConnectionStrings__Governance to use an existing server.");
    }

    private static bool HasServerBinaries(string bin) =>
        File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"));
}

public sealed class PostgresUnavailableException(string message) : Exception(message);
