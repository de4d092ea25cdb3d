namespace Governance.Ledger.Infrastructure.Security;

/// <summary>Who may do what. A token carries one or more roles, and a secretary's scope as footprint and body claims.</summary>
public static class LedgerRoles
{
    /// <summary>Records meetings, resolutions and decisions for the footprints or bodies named in their token.</summary>
    public const string Secretary = "secretary";

    /// <summary>Reads everything, runs verify, export and replay; writes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>Reference data, users and keys; may write to any footprint.</summary>
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Secretary, Auditor, Administrator];

    public const string RoleClaim = "role";
    public const string FootprintClaim = "footprint";
    public const string BodyClaim = "body";

    public const string WriterPolicy = "writer";
    public const string AuditorPolicy = "auditor";
}
