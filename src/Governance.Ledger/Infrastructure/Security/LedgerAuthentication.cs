using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Ledger.Infrastructure.Security;

/// <summary>
/// Bearer tokens: the ledger's own, signed with its key, or, when <c>Governance:Auth:Authority</c> is set, tokens from
/// an OpenID Connect provider (with <c>Governance:Auth:Audience</c>). Every endpoint needs a writer (a secretary or an
/// administrator) unless it says otherwise, so a new endpoint is closed until opened on purpose.
/// </summary>
public static class LedgerAuthentication
{
    public static void AddLedgerAuthentication(this WebApplicationBuilder builder, string dataDirectory)
    {
        var key = TokenSigningKey.From(builder.Configuration, dataDirectory);
        var authority = builder.Configuration["Governance:Auth:Authority"];
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<TokenIssuer>();
        var configured = key.Explicit || authority is not null;
        ListenAddressGuard.Check(builder.Configuration["urls"], configured);
        builder.Services.AddHostedService(services => new BoundAddressGuard(services.GetRequiredService<IServer>(),
            services.GetRequiredService<IHostApplicationLifetime>(), services.GetRequiredService<ILogger<BoundAddressGuard>>(),
            configured));

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                NameClaimType = JwtRegisteredClaimNames.Name,
                RoleClaimType = builder.Configuration["Governance:Auth:RoleClaim"] ?? LedgerRoles.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (authority is not null)
            {
                options.Authority = authority;
                options.Audience = builder.Configuration["Governance:Auth:Audience"];
            }
            else
            {
                options.TokenValidationParameters.ValidIssuer = TokenSigningKey.Issuer;
                options.TokenValidationParameters.ValidAudience = TokenSigningKey.Audience;
                options.TokenValidationParameters.IssuerSigningKey = key.Key;
            }
        });

        builder.Services.AddAuthorization(options =>
        {
            options.AddPolicy(LedgerRoles.WriterPolicy, policy =>
                policy.RequireAuthenticatedUser().RequireRole(LedgerRoles.Secretary, LedgerRoles.Administrator));
            options.AddPolicy(LedgerRoles.AuditorPolicy, policy =>
                policy.RequireAuthenticatedUser().RequireRole(LedgerRoles.Auditor, LedgerRoles.Administrator));
            options.FallbackPolicy = options.GetPolicy(LedgerRoles.WriterPolicy);
        });
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, DeniedAccessProblems>();
    }
}
