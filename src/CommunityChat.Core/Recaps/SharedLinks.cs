using System.Net;
using System.Text.RegularExpressions;
using CommunityChat.Core.Transcripts;

namespace CommunityChat.Core.Recaps;

/// <summary>
/// The Resources list of a recap (SPEC rule 24): every web link in the chat's visible posts, once each, with who shared
/// it first. Read from the posts' rendered HTML, so it lists exactly the links the policy let through (bare URLs
/// included) and never the site's own @handle and #tag links.
/// </summary>
public static partial class SharedLinks
{
    /// <summary>From every post of a transcript, questions, answers, replies and the conversation alike.</summary>
    public static IReadOnlyList<SharedLink> Collect(Transcript transcript) => Collect(TranscriptExport.Flatten(transcript));

    public static IReadOnlyList<SharedLink> Collect(IEnumerable<TranscriptPost> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<SharedLink>();
        foreach (var post in posts.OrderBy(p => p.CreatedAt).ThenBy(p => p.Sequence))
        {
            foreach (Match match in Href().Matches(post.Html))
            {
                var url = WebUtility.HtmlDecode(match.Groups[1].Value);
                if (seen.Add(url.TrimEnd('/')))
                {
                    links.Add(new SharedLink(url, post.Author, post.Id, post.CreatedAt));
                }
            }
        }

        return links;
    }

    [GeneratedRegex("<a href=\"(https?://[^\"]+)\"")]
    private static partial Regex Href();
}
