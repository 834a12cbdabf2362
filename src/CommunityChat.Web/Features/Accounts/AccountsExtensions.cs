using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Features.Accounts;

public static class AccountsExtensions
{
    private const string CookieOrToken = "CookieOrToken";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountService>();
        services.AddSingleton<SignInGuard>();
        services.AddScoped<TokenService>();
        services.AddScoped<ProfileHistory>();
        services.AddScoped<Sessions>();

        services.AddIdentity<User, IdentityRole<int>>(options =>
            {
                options.User.AllowedUserNameCharacters = Handle.AllowedCharacters;
                options.Password.RequiredLength = AccountService.MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Accounts never lock: wrong passwords pause the address that sends them (SignInGuard).
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<AppDbContext>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "cc.auth";
            options.Cookie.HttpOnly = true;
            // Lax: a cross-site POST never carries the cookie, which with JSON-only API bodies keeps CSRF out of the API.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/denied";
            // The API and the hub answer 401/403; only pages redirect to the sign-in form.
            // Every cookie request checks the account's security stamp, so signing out ends copied cookies at once.
            options.Events.OnValidatePrincipal = CookieStamp.ValidateAsync;
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrToken;
                options.DefaultAuthenticateScheme = CookieOrToken;
                options.DefaultChallengeScheme = CookieOrToken;
                options.DefaultForbidScheme = CookieOrToken;
            })
            .AddPolicyScheme(CookieOrToken, CookieOrToken, options =>
                options.ForwardDefaultSelector = context => TokenAuthenticationHandler.CarriesToken(context)
                    ? TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);

        services.AddAuthorization();
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
