using Microsoft.AspNetCore.Identity;

namespace CommunityChat.Web.Data;

/// <summary>An account. The Identity user name is the handle; Identity's normalised name makes it unique case-insensitively.</summary>
public class User : IdentityUser<int>
{
    public const int MaxBioLength = 280;

    public string DisplayName { get; set; } = "";

    public bool IsAdmin { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>A short bio in plain text, one paragraph (SPEC rule 25), shown on /@handle and on chats they are a guest of.</summary>
    public string Bio { get; set; } = "";

    /// <summary>
    /// A profile made by an import (SPEC rule 15) for someone who had no account: it has no password, holds its handle so
    /// nobody else takes it silently, and becomes a person's account when they claim it and a moderator confirms.
    /// </summary>
    public bool Unclaimed { get; set; }
}
