using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Participation;
using CommunityChat.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>
/// /@handle: who someone is, the chats they were guest of, and what they said, chat by chat, newest chat first, ten
/// chats a page (<c>?page=</c>); public posts only (issue 6).
/// </summary>
public sealed class PublicProfileModel(People people, ProfileHistory history, Attendances attendances) : PageModel
{
    public User? Person { get; private set; }

    /// <summary>The chats the person was a guest of: on the first page only.</summary>
    public IReadOnlyList<ProfileChat> GuestOf { get; private set; } = [];

    /// <summary>Per community, how many of its ended chats the person took part in (rule 32): on the first page only.</summary>
    public IReadOnlyList<CommunityAttendance> Attendance { get; private set; } = [];

    public ProfilePage History { get; private set; } = new([], 1, 1);

    public async Task<IActionResult> OnGetAsync(string handle, [FromQuery(Name = "page")] int page = 1)
    {
        Person = await people.TryFindAsync(handle);
        if (Person is null || await history.PageAsync(Person.Id, page) is not { } shown)
        {
            return NotFound();
        }

        History = shown;
        if (page == 1)
        {
            GuestOf = await history.GuestOfAsync(Person.Id);
            Attendance = await attendances.PerCommunityAsync(Person.Id, HttpContext.RequestAborted);
        }

        return Page();
    }

    /// <summary>The address of page <paramref name="page"/> of this profile (the first has no <c>?page=</c>).</summary>
    public string PageUrl(int page) => "/@" + Person!.UserName + (page > 1 ? $"?page={page}" : "");
}
