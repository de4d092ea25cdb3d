using Governance.Domain.Secretariat;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Secretariat.Papers;
using JasperFx.Events.Projections;

namespace Governance.Ledger.Secretariat;

public static class SecretariatRegistration
{
    public static readonly FoldProjection<ForwardPlan, ForwardPlanItemPublished, IForwardPlanEvent> ForwardPlans = new();
    public static readonly FoldProjection<ActionLog, ActionRaised, IActionEvent> Actions = new();
    public static readonly FoldProjection<ChairsActions, ChairsActionTaken, IChairsActionEvent> ChairsActions = new();
    public static readonly FoldProjection<WrittenResolutions, WrittenResolutionCirculated, IWrittenResolutionEvent> WrittenResolutions = new();
    public static readonly FoldProjection<StandingRegister, DeclarationRegistered, IRegisterEvent> Registers = new();

    public static void AddSecretariat(this StoreOptions options)
    {
        options.Projections.Add(ForwardPlans, ProjectionLifecycle.Live);
        options.Projections.Add(Actions, ProjectionLifecycle.Live);
        options.Projections.Add(ChairsActions, ProjectionLifecycle.Live);
        options.Projections.Add(WrittenResolutions, ProjectionLifecycle.Live);
        options.Projections.Add(Registers, ProjectionLifecycle.Live);
        options.Projections.Add(new PaperPlacementsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<PaperPlacement>().Index(p => p.Sha256);
        options.Schema.For<StoredPaper>();
    }

    /// <summary>Papers are kept in the database unless Governance:Papers:Folder names a folder; each may be as large as
    /// Governance:Papers:MaxBytes.</summary>
    public static void AddPapers(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new PaperLimits(
            builder.Configuration.GetValue("Governance:Papers:MaxBytes", PaperContent.DefaultMaxBytes)));
        if (builder.Configuration["Governance:Papers:Folder"] is { Length: > 0 } folder)
            builder.Services.AddSingleton<IPaperStore>(new FolderPaperStore(folder));
        else
            builder.Services.AddSingleton<IPaperStore, DatabasePaperStore>();
    }
}
