namespace Governance.Ledger.SharedDecisions.Notices;

/// <summary>An address told of every shared decision that concludes, in one footprint or in all of them.</summary>
/// <param name="Secret">When set, each delivery is signed with it (HMAC-SHA256 of the body). Stored encrypted with ASP.NET
/// Core Data Protection (keys outside the database).</param>
public sealed record WebhookSubscription(string Id, Uri Url, string? FootprintId, string? Secret, string SubscribedBy,
    DateTimeOffset SubscribedAt);
