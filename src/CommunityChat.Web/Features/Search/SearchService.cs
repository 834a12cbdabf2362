using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CommunityChat.Core.Search;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// Search (SPEC rule 13): the engine finds posts with every word (<see cref="ISearchIndex"/>); here the public's view
/// of posts (<see cref="PostVisibility"/>: hidden, held, rejected and deleted posts are never found, and an unasked
/// question is no post at all), the filters, the order, a page, and each result's snippet and permalink.
/// </summary>
public sealed partial class SearchService(AppDbContext db, ISearchIndex index, People people, IStringLocalizer<SharedResource> t)
{
    public const int PageSize = 20;

    /// <summary>
    /// A search shows at most this many results (50 pages) and counts up to this many: a narrower search (another word,
    /// a date range) reaches the rest. Without filters the newest this many posts that hold every word are the ones
    /// ranked, so a word found in 50,000 posts costs what one in 1,000 does.
    /// </summary>
    public const int MaxResults = 1000;

    public const int MaxPage = MaxResults / PageSize;

    public async Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var page = ParsePage(request.Page);
        var from = ParseDate(request.From, "from");
        var to = ParseDate(request.To, "to");
        var terms = SearchTerms.Parse(request.Q);
        if (terms.IsEmpty)
        {
            return new SearchResultsDto([], 0);
        }

        var filtered = !string.IsNullOrWhiteSpace(request.Community) || !string.IsNullOrWhiteSpace(request.Hashtag)
            || !string.IsNullOrWhiteSpace(request.Author) || from is not null || to is not null;
        if (!filtered)
        {
            var top = await index.FindAsync(terms, (page - 1) * PageSize, PageSize, cancellationToken);
            return new SearchResultsDto(await ResultsAsync(top.PostIds, terms, cancellationToken), top.Total);
        }

        var posts = db.Posts.AsNoTracking()
            .Where(PostVisibility.VisibleTo(Viewer.Public))
            .Where(p => db.Chats.Any(c => c.Id == p.ChatId && c.Status != ChatStatus.Draft));
        if (!string.IsNullOrWhiteSpace(request.Community))
        {
            var slug = request.Community.Trim();
            posts = posts.Where(p => db.Chats.Any(c => c.Id == p.ChatId && c.Community.Slug == slug));
        }

        if (!string.IsNullOrWhiteSpace(request.Hashtag))
        {
            var tag = HashtagName.Clean(request.Hashtag).ToLowerInvariant();
            posts = posts.Where(p => p.Tags.Any(x => x.Tag == tag) || db.Chats.Any(c => c.Id == p.ChatId && c.Hashtag.ToLower() == tag));
        }

        if (!string.IsNullOrWhiteSpace(request.Author))
        {
            var author = await people.TryFindAsync(request.Author);
            if (author is null)
            {
                return new SearchResultsDto([], 0);
            }

            posts = posts.Where(p => p.AuthorId == author.Id);
        }

        if (from is DateTime start)
        {
            posts = posts.Where(p => p.CreatedAt >= start);
        }

        if (to is DateTime end)
        {
            var before = end.AddDays(1);
            posts = posts.Where(p => p.CreatedAt < before);
        }

        var found = from match in index.Match(terms)
                    join post in posts on match.PostId equals post.Id
                    select new { post.Id, match.Rank };
        var total = await found.Take(MaxResults).CountAsync(cancellationToken);
        var ids = total <= (page - 1) * PageSize
            ? []
            : await found.OrderBy(f => f.Rank).ThenByDescending(f => f.Id)
                .Skip((page - 1) * PageSize).Take(PageSize)
                .Select(f => f.Id)
                .ToListAsync(cancellationToken);
        return new SearchResultsDto(await ResultsAsync(ids, terms, cancellationToken), total);
    }

    private async Task<IReadOnlyList<SearchResultDto>> ResultsAsync(IReadOnlyList<long> ids, SearchTerms terms, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var posts = await db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(PostDto.Projection).ToDictionaryAsync(p => p.Id, cancellationToken);
        var chatIds = posts.Values.Select(p => p.ChatId).Distinct().ToList();
        var chats = await db.Chats.AsNoTracking()
            .Where(c => chatIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, Url = ChatUrl.For(c.Community.Slug, c.Slug) })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Where(posts.ContainsKey).Select(id =>
        {
            var post = posts[id];
            var chat = chats[post.ChatId];
            return new SearchResultDto(
                post.Id, post.ChatId, chat.Title, ChatUrl.Post(chat.Url, post.Id), post.Author, post.CreatedAt, post.Text,
                SnippetHtml(PlainText(post.Html), terms), post.Label);
        }).ToList();
    }

    private static string SnippetHtml(string text, SearchTerms terms)
    {
        var html = new StringBuilder();
        foreach (var part in Snippet.Build(text, terms))
        {
            var encoded = WebUtility.HtmlEncode(part.Text);
            html.Append(part.Match ? $"<mark>{encoded}</mark>" : encoded);
        }

        return html.ToString();
    }

    /// <summary>A post's words as a reader sees them: its rendered HTML without tags (no Markdown signs).</summary>
    private static string PlainText(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    private int ParsePage(string? page)
    {
        if (string.IsNullOrWhiteSpace(page))
        {
            return 1;
        }

        return int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage
            ? number
            : throw Refusal.BadRequest(t["The page must be a number from 1 to {0}.", MaxPage]);
    }

    private DateTime? ParseDate(string? date, string name)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            return null;
        }

        return DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : throw Refusal.BadRequest(t["“{0}” must be a date written like 2026-12-31.", name]);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
