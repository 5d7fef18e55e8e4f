using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallTracker.Pbx.Web.Admin;

/// <summary>The web page's sign-in: a password form that sets a session cookie, and sign-out.</summary>
public static class AdminSignInApi
{
    public const string SignInPath = "/signin";

    public static IEndpointRouteBuilder MapAdminSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (string? failed) => Results.Content(Form(failed is not null), "text/html; charset=utf-8"));
        endpoints.MapPost(SignInPath, SignInAsync).RequireRateLimiting(SignInLimits.PolicyName);
        endpoints.MapPost("/signout", SignOut);
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, AdminAccess access, AdminSessions sessions, CancellationToken cancellationToken)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;
        var password = form?["password"].ToString() ?? "";
        if (password.Length == 0 || !access.IsPassword(password))
        {
            return Results.Redirect(SignInPath + "?failed=1");
        }

        context.Response.Cookies.Append(AdminSessions.CookieName, sessions.Start(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return Results.Redirect("/");
    }

    private static IResult SignOut(HttpContext context, AdminSessions sessions)
    {
        sessions.End(context.Request.Cookies[AdminSessions.CookieName]);
        context.Response.Cookies.Delete(AdminSessions.CookieName);
        return Results.Redirect(SignInPath);
    }

    private static string Form(bool failed) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>CallTracker: sign in</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;background:#f4f6f8}
        form{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002;display:grid;gap:.8rem;min-width:260px}
        .error{color:#b00020}</style></head>
        <body><form method="post" action="{{SignInPath}}"><h1>CallTracker</h1>
        {{(failed ? "<p class=\"error\">" + WebUtility.HtmlEncode("Wrong password.") + "</p>" : "")}}
        <label>Password <input type="password" name="password" autofocus required></label>
        <button type="submit">Sign in</button></form></body></html>
        """;
}
