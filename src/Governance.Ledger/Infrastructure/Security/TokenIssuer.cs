using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Ledger.Infrastructure.Security;

/// <summary>Issues the ledger's own bearer tokens: a named person, their roles, and a secretary's scope.</summary>
public sealed class TokenIssuer(TokenSigningKey key, TimeProvider clock)
{
    public string Issue(string person, IEnumerable<string> roles, IEnumerable<string> footprints,
        IEnumerable<string> bodies, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, person), new(JwtRegisteredClaimNames.Name, person) };
        claims.AddRange(roles.Select(role => new Claim(LedgerRoles.RoleClaim, role)));
        claims.AddRange(footprints.Select(footprint => new Claim(LedgerRoles.FootprintClaim, footprint)));
        claims.AddRange(bodies.Select(body => new Claim(LedgerRoles.BodyClaim, body)));

        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenSigningKey.Issuer,
            Audience = TokenSigningKey.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
