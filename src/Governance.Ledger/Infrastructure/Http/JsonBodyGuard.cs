using System.Text.Json;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Refuses a NUL character anywhere in a request's address, and reads every JSON request body once before an endpoint
/// sees it and refuses, as one 400 naming each field, what no write of the ledger accepts: a body that is not JSON or is <c>null</c> rather than an object, a NUL character in any
/// string (PostgreSQL cannot store one), a <c>null</c> element in any list, and whatever the endpoint's request type
/// cannot take (<see cref="RequestContract"/>). A version sent as <c>If-Match</c> is put into the body here
/// (<see cref="IfMatchVersion"/>).
/// </summary>
public static class JsonBodyGuard
{
    public static void UseJsonBodyGuard(this WebApplication app) => app.Use(async (context, next) =>
    {
        // Nor may a path or query value hold one: no id or date does, and the database would refuse it.
        if (context.Request.Path.Value?.Contains('\0') == true ||
            context.Request.Query.Any(pair => pair.Key.Contains('\0') || pair.Value.Any(v => v?.Contains('\0') == true)))
        {
            await RefuseAsync(context, new Dictionary<string, string[]>
            {
                ["path"] = ["The address holds a NUL character (%00), which no record's id or query value has."],
            });
            return;
        }

        if (context.Request.ContentLength is 0 || context.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            await next();
            return;
        }

        context.Request.EnableBuffering();
        var problems = new Dictionary<string, string[]>();
        byte[]? versioned = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
                problems["body"] = [$"Send a JSON object, not {body.RootElement.ValueKind.ToString().ToLowerInvariant()}."];
            else
            {
                Inspect(body.RootElement, "", problems);
                if (problems.Count == 0 && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } type)
                {
                    var options = context.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
                    RequestContract.Check(body.RootElement, type, options, problems);
                    if (problems.Count == 0) versioned = IfMatchVersion.Apply(context, body.RootElement, type, options, problems);
                }
            }
        }
        catch (JsonException malformed)
        {
            problems["body"] = [$"The body is not valid JSON: {malformed.Message}"];
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape (\ud800) or bytes that are not UTF-8: text no record can hold.
            problems["body"] = ["The body holds text that is not valid Unicode (a lone surrogate, or bytes that are not UTF-8)."];
        }

        if (problems.Count > 0)
        {
            await RefuseAsync(context, problems);
            return;
        }

        if (versioned is not null)
        {
            context.Request.Body = new MemoryStream(versioned);
            context.Request.ContentLength = versioned.Length;
        }
        else context.Request.Body.Position = 0;
        await next();
    });

    private static async Task RefuseAsync(HttpContext context, Dictionary<string, string[]> problems)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ValidationProblemDetails(problems)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is incomplete or malformed; nothing was recorded",
            },
        });
    }

    private static void Inspect(JsonElement element, string path, Dictionary<string, string[]> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (property.Name.Contains('\0')) problems[field] = ["A field name holds a NUL character."];
                    Inspect(property.Value, field, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var field = $"{path}[{index++}]";
                    if (item.ValueKind == JsonValueKind.Null) problems[field] = ["A list may not hold null; leave the entry out."];
                    else Inspect(item, field, problems);
                }

                break;
            case JsonValueKind.String when element.GetString()!.Contains('\0'):
                problems[path] = ["The text holds a NUL character (\\u0000), which cannot be stored."];
                break;
        }
    }
}
