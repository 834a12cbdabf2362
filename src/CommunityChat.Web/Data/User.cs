using Microsoft.AspNetCore.Identity;

namespace CommunityChat.Web.Data;

/// <summary>An account. The Identity user name is the handle; Identity's normalised name makes it unique case-insensitively.</summary>
public class User : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";

    public bool IsAdmin { get; set; }

    public DateTime CreatedAt { get; set; }
}
