using System.Security.Claims;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityChat.Web.Features.Accounts;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Accounts");

        api.MapPost("/accounts", CreateAccount).RequireRateLimiting(RateLimits.Accounts);
        api.MapPost("/tokens", CreateToken).RequireRateLimiting(RateLimits.Accounts);
        api.MapGet("/tokens", ListTokens).RequireAuthorization();
        api.MapDelete("/tokens/{id:int}", RevokeToken).RequireAuthorization();
        return app;
    }

    private static async Task<Created<AccountResponse>> CreateAccount(CreateAccountRequest request, AccountService accounts)
    {
        var user = await accounts.CreateAsync(request.Handle, request.DisplayName, request.Password);
        return TypedResults.Created($"/@{user.UserName}", new AccountResponse(user.UserName!, user.DisplayName, user.IsAdmin));
    }

    private static async Task<Created<TokenResponse>> CreateToken(CreateTokenRequest request, HttpContext context, AccountService accounts, TokenService tokens)
    {
        var user = await accounts.CheckPasswordAsync(request.Handle, request.Password, context.Connection.RemoteIpAddress?.ToString());
        var token = await tokens.CreateAsync(user.Id, request.Name ?? "API");
        return TypedResults.Created("/api/tokens", new TokenResponse(token));
    }

    private static async Task<Ok<List<TokenSummary>>> ListTokens(ClaimsPrincipal principal, TokenService tokens)
    {
        var list = await tokens.ListAsync(principal.UserId()!.Value);
        return TypedResults.Ok(list.Select(x => new TokenSummary(x.Id, x.Name, x.CreatedAt, x.LastUsedAt)).ToList());
    }

    private static async Task<NoContent> RevokeToken(int id, ClaimsPrincipal principal, TokenService tokens)
    {
        await tokens.RevokeAsync(principal.UserId()!.Value, id);
        return TypedResults.NoContent();
    }
}

public sealed record CreateAccountRequest(string? Handle, string? DisplayName, string? Password);

public sealed record AccountResponse(string Handle, string DisplayName, bool IsAdmin);

public sealed record CreateTokenRequest(string? Handle, string? Password, string? Name);

public sealed record TokenResponse(string Token);

public sealed record TokenSummary(int Id, string Name, DateTime CreatedAt, DateTime? LastUsedAt);
