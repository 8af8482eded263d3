using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Pulse.Web.Apis.V1;

namespace Pulse.Web.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: the JSON API's operations with the summaries and
/// descriptions their routes declare, schemas described by the records' XML doc comments (read at
/// build time), and a bearer scheme on every <c>/api/v1</c> operation. Pages are left out (each is
/// mapped with ExcludeFromDescription).
/// </summary>
public static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static IServiceCollection AddPulseOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Pulse API";
                document.Info.Description =
                    "Pulse's figures as JSON: participation, themes, trends, experts, alerts and the reality check per organisation; " +
                    "the maturity benchmark per wave. Each answer is the same document as the command line's --json (docs/api.md). " +
                    "Errors are problem details (RFC 9457).";
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(AddBearerSecurity);
            options.AddSchemaTransformer(DescribeWhatXmlCannot);
        });

    /// <summary>
    /// Descriptions the XML doc comments cannot give: the framework's problem types, and an enum met
    /// only as a nullable property (whose schema loses its type's comment).
    /// </summary>
    private static Task DescribeWhatXmlCannot(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(schema.Description)) return Task.CompletedTask;
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(HttpValidationProblemDetails))
        {
            schema.Description = "A problem with the request (RFC 9457), with the messages per parameter in errors.";
        }
        else if (type == typeof(ProblemDetails))
        {
            schema.Description = "A problem (RFC 9457): title says what went wrong, detail names the parameter or the thing not found.";
        }
        else if (type.IsEnum)
        {
            schema.Description = $"{type.Name}: one of {string.Join(", ", Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)))}.";
        }

        return Task.CompletedTask;
    }

    /// <summary>Declares the bearer scheme and requires it on every <c>/api/v1</c> operation (the tokens themselves are issued elsewhere).</summary>
    private static Task AddBearerSecurity(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API token of one organisation, sent as `Authorization: Bearer TOKEN`.",
        };
        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith(ApiV1.Prefix + "/", StringComparison.Ordinal) || item.Operations is null) continue;
            foreach (var operation in item.Operations.Values)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
            }
        }

        return Task.CompletedTask;
    }
}
