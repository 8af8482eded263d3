using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pulse.Web.Hosting;

/// <summary>
/// Everything Pulse serves is read-only: GET, and HEAD for link checkers and monitors (Kestrel
/// sends HEAD's headers without the body). Any other method on a known address gets 405 with an
/// Allow header from routing.
/// </summary>
public static class GetAndHead
{
    public static readonly IReadOnlyList<string> Methods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, Methods, handler);
}
