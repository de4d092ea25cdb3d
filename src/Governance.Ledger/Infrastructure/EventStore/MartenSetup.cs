using Governance.Ledger.Assessments;
using Governance.Ledger.Audit;
using Governance.Ledger.Boards;
using Governance.Ledger.Engagement;
using Governance.Ledger.Footprints;
using Governance.Ledger.Funding;
using Governance.Ledger.Infrastructure.Cluster;
using Governance.Ledger.People;
using Governance.Ledger.Plans;
using Governance.Ledger.Secretariat;
using Governance.Ledger.SharedDecisions;
using Governance.Ledger.ServiceChanges;
using JasperFx.Events;
using Npgsql;
using Weasel.Core;
using Wolverine.Marten;

namespace Governance.Ledger.Infrastructure.EventStore;

public static class MartenSetup
{
    public const string Schema = "governance";

    public static void AddLedgerEventStore(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<LedgerLog>();
        services.AddMarten(provider => StoreOptionsFor(connectionString, provider.GetRequiredService<LedgerLog>(),
                provider.GetRequiredService<SealKey>()))
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            // Wolverine runs each subscription (the hash chain among them) on exactly one node of the cluster, and
            // starts it on another when that node dies: Marten's daemon is left to it.
            .IntegrateWithWolverine(wolverine => wolverine.UseWolverineManagedEventSubscriptionDistribution = true);
    }

    /// <param name="audit">The key events are sealed with; null only to measure the ledger without sealing or chaining.</param>
    /// <param name="hashChain">False only to measure the ledger without the chain following it.</param>
    public static StoreOptions StoreOptionsFor(string connectionString, LedgerLog log, SealKey? audit, bool hashChain = true)
    {
        var options = new StoreOptions();
        options.Connection(connectionString);
        options.DatabaseSchemaName = Schema;
        options.UseLedgerEvents();

        options.AddFootprints();
        options.AddBoards();
        options.AddPlans();
        options.AddSharedDecisions();
        options.AddServiceChanges();
        options.AddEngagement();
        options.AddAssessments();
        options.AddFunding();
        options.AddSecretariat();
        options.AddPeople();
        options.Storage.ExtendedSchemaObjects.Add(KeyAgreement.KeyTable());
        if (audit is not null) options.AddAudit(log, audit, hashChain);
        return options;
    }

    /// <summary>How the ledger's events are kept: string stream keys, JSON as <see cref="UseLedgerSerialization"/>
    /// writes it, and every metadata column; a store that measures against the ledger uses this too.</summary>
    public static void UseLedgerEvents(this StoreOptions options)
    {
        options.UseLedgerSerialization();
        options.Events.StreamIdentity = StreamIdentity.AsString;
        // Rich appends assign versions and timestamps before commit, so they can be checked and returned.
        options.Events.AppendMode = EventAppendMode.Rich;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
    }

    /// <summary>How documents and events are written as JSON; a store that must write identical JSON uses this too.</summary>
    public static void UseLedgerSerialization(this StoreOptions options) =>
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
}
