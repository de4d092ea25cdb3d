using Governance.Ledger.Boards;
using Governance.Ledger.Footprints;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Weasel.Core;
using Wolverine.Marten;

namespace Governance.Ledger.Infrastructure.EventStore;

public static class MartenSetup
{
    public const string Schema = "governance";

    public static void AddLedgerEventStore(this IServiceCollection services, string connectionString)
    {
        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = Schema;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.Events.StreamIdentity = StreamIdentity.AsString;
                // Rich appends assign versions and timestamps before commit, so they can be checked and returned.
                options.Events.AppendMode = EventAppendMode.Rich;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;

                options.AddFootprints();
                options.AddBoards();
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .AddAsyncDaemon(DaemonMode.Solo)
            .IntegrateWithWolverine();
    }
}
