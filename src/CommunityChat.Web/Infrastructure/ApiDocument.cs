using Microsoft.OpenApi;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// The API's OpenAPI document at `/openapi/v1.json` (Microsoft.AspNetCore.OpenApi), built from the endpoints
/// themselves: routes under `/api` only (pages, feeds and the hub are not the JSON API). Every operation also says
/// that a refusal is RFC 9457 problem details with a human `detail`.
/// </summary>
public static class ApiDocument
{
    private const string Problem = "ProblemDetails";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOutputCache().AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "CommunityChat API";
                DescribeProblems(document);
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// The document is the same until the app is deployed again, and building it costs 30–60 ms of CPU: it is built once
    /// per host name and kept (output cache), so fetching it in a loop costs nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().CacheOutput(policy => policy.Expire(TimeSpan.FromDays(1)));
        return app;
    }

    private static void DescribeProblems(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The sentence to show the person, in their language." },
            },
        };
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            operation.Responses ??= new OpenApiResponses();
            operation.Responses["default"] = new OpenApiResponse
            {
                Description = "Refused: problem details (RFC 9457) whose detail says why.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Problem, document) },
                },
            };
        }
    }
}
