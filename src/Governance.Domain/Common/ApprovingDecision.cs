namespace Governance.Domain.Common;

/// <summary>A numbered resolution of a body, cited by another record as the decision behind it (an amendment's
/// approval, a partner's ratification, a joint committee's decision).</summary>
public sealed record ApprovingDecision(string BodyId, string Resolution);

/// <summary>What a record asks of a resolution it cites: a body of its own footprint (and, for a partner's decision,
/// of that partner), passed by the date of the act that cites it and not before what it decides was proposed, and not
/// rescinded by then.</summary>
public sealed record Citing(string FootprintId, DateOnly On, DateOnly? ProposedOn = null, string? Organisation = null);
