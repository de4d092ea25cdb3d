using Governance.Ledger.Infrastructure.Postgres;
using JasperFx.CommandLine;
using Spectre.Console;

namespace Governance.Ledger.Infrastructure.Security;

public sealed class IssueTokenInput : NetCoreInput
{
    [Description("The person the token names; every event they record keeps this name")]
    public string Person { get; set; } = "";

    [Description("secretary, auditor or administrator (repeat for several)")]
    public string[] RoleFlag { get; set; } = [];

    [Description("Footprint ids a secretary may record for (e.g. QF7)")]
    public string[] FootprintsFlag { get; set; } = [];

    [Description("Body ids a secretary may record for, beyond whole footprints")]
    public string[] BodiesFlag { get; set; } = [];

    [Description("Days until the token expires (default 30)")]
    public int DaysFlag { get; set; } = 30;
}

[Description("Issues a bearer token for a named person with a role and scope, signed with this ledger's key",
    Name = Verb)]
public sealed class IssueTokenCommand : JasperFxCommand<IssueTokenInput>
{
    public const string Verb = "issue-token";

    /// <summary>Only what signing needs: the key (from configuration or the data folder) and the ledger's clock.</summary>
    public static WebApplication HostFor(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TokenSigningKey.From(builder.Configuration, LedgerDatabase.DataDirectory(builder)));
        builder.Services.AddSingleton(LedgerClock.From(builder.Configuration, builder.Environment));
        builder.Services.AddSingleton<TokenIssuer>();
        return builder.Build();
    }

    public override bool Execute(IssueTokenInput input)
    {
        var unknown = input.RoleFlag.Except(LedgerRoles.All).ToList();
        if (string.IsNullOrWhiteSpace(input.Person) || input.RoleFlag.Length == 0 || unknown.Count > 0 || input.DaysFlag < 1)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"[red]Name a person and at least one role ({string.Join(", ", LedgerRoles.All)}), and a positive number of days.[/]");
            return false;
        }

        using var host = input.BuildHost();
        var token = host.Services.GetRequiredService<TokenIssuer>().Issue(input.Person.Trim(), input.RoleFlag,
            input.FootprintsFlag, input.BodiesFlag, TimeSpan.FromDays(input.DaysFlag));
        Console.WriteLine(token);
        return true;
    }
}
