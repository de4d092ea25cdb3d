using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.Secretariat;

/// <summary>An event in a body's forward plan (stream "forward-plan:{body}").</summary>
public interface IForwardPlanEvent : ILedgerEvent;

/// <summary>A decision the body expects to take, published ahead: what, by when, in private and why, and the
/// consultation that comes first.</summary>
public sealed record ForwardPlanItemPublished(string ItemId, string BodyId, string What, DateOnly DecideBy, bool Private,
    string? PrivateReason, string? Consultation, EffectiveDate Effective, Provenance Provenance) : IForwardPlanEvent;

public sealed record ForwardPlanItemWithdrawn(string ItemId, string Reason, EffectiveDate Effective, Provenance Provenance)
    : IForwardPlanEvent;

public sealed record ForwardPlanItem(string Id, string What, DateOnly DecideBy, bool Private, string? PrivateReason,
    string? Consultation, DateOnly PublishedOn, DateOnly? WithdrawnOn);

/// <summary>A body's forward plan: every item published, with when.</summary>
public sealed record ForwardPlan(string Id, string BodyId, ImmutableList<ForwardPlanItem> Items)
    : IFoldedFrom<ForwardPlan, ForwardPlanItemPublished, IForwardPlanEvent>
{
    public static string StreamKey(string bodyId) => $"forward-plan:{bodyId}";

    public static ForwardPlan Begin(string id, ForwardPlanItemPublished first) => new ForwardPlan(id, first.BodyId, []).After(first);

    public ForwardPlan After(IForwardPlanEvent change) => change switch
    {
        ForwardPlanItemPublished e => this with
        {
            Items = Items.Add(new ForwardPlanItem(e.ItemId, e.What, e.DecideBy, e.Private, e.PrivateReason, e.Consultation,
                e.Effective.Date, null)),
        },
        ForwardPlanItemWithdrawn e => this with
        {
            Items = Items.Select(i => i.Id == e.ItemId ? i with { WithdrawnOn = e.Effective.Date } : i).ToImmutableList(),
        },
        _ => this,
    };

    public ForwardPlanItem? Find(string itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    /// <summary>Whether an item stood in the plan on a date: published by then and not withdrawn.</summary>
    public bool Stood(string itemId, DateOnly on) =>
        Find(itemId) is { } item && item.PublishedOn <= on && (item.WithdrawnOn is null || on < item.WithdrawnOn);

    public static Decision<ForwardPlanItemPublished> Publish(ForwardPlan? plan, string bodyId, string itemId, string what,
        DateOnly decideBy, bool isPrivate, string? privateReason, string? consultation, DateOnly on, Provenance provenance)
    {
        var why = plan?.Find(itemId) is not null
            ? $"The forward plan already has an item {itemId}."
            : isPrivate && string.IsNullOrWhiteSpace(privateReason)
                ? "An item to be decided in private says why, as the standing orders require."
                : decideBy < on
                    ? $"An item published on {on:yyyy-MM-dd} cannot be due for decision before it, on {decideBy:yyyy-MM-dd}."
                    : null;
        return why is not null
            ? Decision<ForwardPlanItemPublished>.Reject(why)
            : Decision<ForwardPlanItemPublished>.Accept(new ForwardPlanItemPublished(itemId, bodyId, what.Trim(), decideBy,
                isPrivate, isPrivate ? privateReason!.Trim() : null, string.IsNullOrWhiteSpace(consultation) ? null : consultation.Trim(),
                EffectiveDate.OnDay(on), provenance));
    }

    public Decision<ForwardPlanItemWithdrawn> Withdraw(string itemId, string reason, DateOnly on, Provenance provenance) =>
        Find(itemId) switch
        {
            null => Decision<ForwardPlanItemWithdrawn>.Reject($"The forward plan has no item {itemId}."),
            { WithdrawnOn: { } withdrawn } => Decision<ForwardPlanItemWithdrawn>.Reject($"Item {itemId} was withdrawn on {withdrawn:yyyy-MM-dd}."),
            { PublishedOn: var published } when on < published =>
                Decision<ForwardPlanItemWithdrawn>.Reject($"Item {itemId} was published on {published:yyyy-MM-dd}; it is withdrawn after that."),
            _ => Decision<ForwardPlanItemWithdrawn>.Accept(new ForwardPlanItemWithdrawn(itemId, reason.Trim(), EffectiveDate.OnDay(on), provenance)),
        };
}
