namespace Governance.Domain.Common;

/// <summary>A numbered resolution of a body, cited by another record as the decision behind it (an amendment's
/// approval, a partner's ratification, a joint committee's decision).</summary>
public sealed record ApprovingDecision(string BodyId, string Resolution);
