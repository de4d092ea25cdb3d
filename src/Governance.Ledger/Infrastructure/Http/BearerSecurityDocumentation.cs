using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Declares in the OpenAPI description how a caller signs in (a bearer JWT) and which operations need it (every one that
/// does not allow anonymous callers) and which do not, so that a generated client knows when to send a token.
/// </summary>
public sealed class BearerSecurityDocumentation : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Scheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token issued by `ops/run.sh issue-token` (or the configured OpenID Connect provider) carrying a " +
                          "role (secretary, auditor, administrator) and, for a secretary, the footprints or bodies they record for.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        // An empty requirement says that no token is needed.
        operation.Security = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()
            ? [new OpenApiSecurityRequirement()]
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }];
        return Task.CompletedTask;
    }
}
