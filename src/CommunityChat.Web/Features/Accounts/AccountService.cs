using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>Creating accounts and checking passwords: the one path behind the sign-up page and the API.</summary>
public sealed class AccountService(
    UserManager<User> users,
    AppDbContext db,
    TimeProvider clock,
    SignInGuard guard,
    IStringLocalizer<SharedResource> t)
{
    public const int MinPasswordLength = 8;
    public const int MaxDisplayNameLength = 50;

    public async Task<User> CreateAsync(string? handle, string? displayName, string? password)
    {
        handle = Handle.Clean(handle);
        displayName = (displayName ?? "").Trim();
        if (!Handle.IsValid(handle))
        {
            throw Refusal.BadRequest(t["A handle is 1 to 15 letters, digits or underscores."]);
        }

        if (displayName.Length is 0 or > MaxDisplayNameLength || displayName.Any(char.IsControl) || !PostText.HasVisibleCharacter(displayName))
        {
            throw Refusal.BadRequest(t["A display name is 1 to {0} characters.", MaxDisplayNameLength]);
        }

        if (displayName.Any(PostText.IsBidiControl))
        {
            throw Refusal.BadRequest(t["A display name can't contain characters that reverse the direction of the text."]);
        }

        if ((password ?? "").Length < MinPasswordLength)
        {
            throw Refusal.BadRequest(t["A password needs at least {0} characters.", MinPasswordLength]);
        }

        if (await users.FindByNameAsync(handle) is { } existing)
        {
            throw Refusal.Conflict(existing.Unclaimed
                ? t["@{0} is a profile imported from past chats. If it's you, sign up with another handle, then claim @{0} from your account page: a moderator confirms it.", handle]
                : t["@{0} is taken. Try another handle.", handle]);
        }

        var user = new User
        {
            UserName = handle,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            // The first person to sign up runs the place (SPEC section 2); demo profiles never are admins.
            IsAdmin = !await db.Users.AnyAsync(u => u.IsAdmin),
        };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
        {
            var duplicate = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
            throw duplicate
                ? Refusal.Conflict(t["@{0} is taken. Try another handle.", handle])
                : Refusal.BadRequest(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return user;
    }

    /// <summary>
    /// The account for a handle and password, or a refusal that does not tell which of the two was wrong. Wrong
    /// passwords pause the address that sent them for that handle (<see cref="SignInGuard"/>), never the account.
    /// </summary>
    public async Task<User> CheckPasswordAsync(string? handle, string? password, string? address)
    {
        var name = Handle.Clean(handle);
        if (guard.IsPaused(name, address))
        {
            throw Refusal.TooManyRequests(t["Too many wrong passwords. Wait five minutes and try again."]);
        }

        var user = await users.FindByNameAsync(name);
        if (user is null || !await users.CheckPasswordAsync(user, password ?? ""))
        {
            guard.Failed(name, address);
            throw Refusal.Unauthorized(t["Wrong handle or password."]);
        }

        guard.Succeeded(name, address);
        return user;
    }

    /// <summary>
    /// A new password, the current one typed again. Identity gives the account a new security stamp with it, so every
    /// other session ends (<see cref="Sessions"/>). Wrong current passwords pause the address like wrong sign-ins.
    /// </summary>
    public async Task<User> ChangePasswordAsync(int userId, string? current, string? next, string? address)
    {
        if ((next ?? "").Length < MinPasswordLength)
        {
            throw Refusal.BadRequest(t["A password needs at least {0} characters.", MinPasswordLength]);
        }

        var user = await db.Users.FirstAsync(u => u.Id == userId);
        var name = user.UserName!;
        if (guard.IsPaused(name, address))
        {
            throw Refusal.TooManyRequests(t["Too many wrong passwords. Wait five minutes and try again."]);
        }

        var result = await users.ChangePasswordAsync(user, current ?? "", next!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                guard.Failed(name, address);
                throw Refusal.BadRequest(t["Your current password is wrong."]);
            }

            throw Refusal.BadRequest(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        guard.Succeeded(name, address);
        return user;
    }

    public async Task<string> BioAsync(int userId) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.Bio).FirstAsync();

    /// <summary>
    /// A bio is plain text, one paragraph of at most <see cref="User.MaxBioLength"/> characters: line breaks become
    /// spaces, other control characters go. Empty removes it.
    /// </summary>
    public async Task<string> SetBioAsync(int userId, string? bio)
    {
        var clean = string.Join(' ', (bio ?? "").Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        clean = new string(clean.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > User.MaxBioLength)
        {
            throw Refusal.BadRequest(t["A bio is at most {0} characters.", User.MaxBioLength]);
        }

        var user = await db.Users.FirstAsync(u => u.Id == userId);
        user.Bio = clean;
        await db.SaveChangesAsync();
        return clean;
    }
}
