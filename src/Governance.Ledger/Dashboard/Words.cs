using System.Globalization;

namespace Governance.Ledger.Dashboard;

/// <summary>How the pages write what they show.</summary>
public static class Words
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
