using Microsoft.AspNetCore.DataProtection;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// The key ring that encrypts the sign-in cookie and antiforgery tokens. Several instances must share it, or a person
/// signed in through one is a stranger to the other: `CommunityChat:DataProtection:KeysFolder` names a folder they
/// all reach (a shared volume). The application name is fixed, so instances deployed to different paths still read
/// each other's cookies. Without the setting, keys stay in ASP.NET Core's default place for this machine's user.
/// </summary>
public static class DataProtectionKeys
{
    public const string KeysFolder = "CommunityChat:DataProtection:KeysFolder";

    public static IServiceCollection AddAppDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("CommunityChat");
        if (configuration[KeysFolder] is { } folder && !string.IsNullOrWhiteSpace(folder))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }

        return services;
    }
}
