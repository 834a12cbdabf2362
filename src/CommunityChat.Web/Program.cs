using CommunityChat.Web.Base;
using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Accounts;
using CommunityChat.Web.Features.Archive;
using CommunityChat.Web.Features.Chats;
using CommunityChat.Web.Features.Communities;
using CommunityChat.Web.Features.Imports;
using CommunityChat.Web.Features.Live;
using CommunityChat.Web.Features.Moderation;
using CommunityChat.Web.Features.Participants;
using CommunityChat.Web.Features.Polls;
using CommunityChat.Web.Features.Recaps;
using CommunityChat.Web.Features.Reports;
using CommunityChat.Web.Features.Search;
using CommunityChat.Web.Features.Suggestions;
using CommunityChat.Web.Infrastructure;

// `backup FILE` / `restore FILE` run once on the database instead of serving (docs/operations.md, "Backups").
var command = DatabaseCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.Settings ?? args);

builder.Services.AddPlatform(builder.Configuration);
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
builder.Services.AddBase(builder.Configuration);
builder.Services.AddAccounts();
builder.Services.AddCommunities();
builder.Services.AddChats();
builder.Services.AddLive();
builder.Services.AddModeration();
builder.Services.AddPolls();
builder.Services.AddSuggestions();
builder.Services.AddRecaps();
builder.Services.AddImports();
builder.Services.AddReports();
builder.Services.AddSearch();
builder.Services.AddParticipants();
builder.Services.AddHealthEndpoints(builder.Configuration);
builder.Services.AddApiDocument();

var app = builder.Build();
if (command is not null)
{
    return await command.RunAsync(app.Services);
}

await app.InitializeDatabaseAsync();

app.UsePlatform();
app.MapHealthEndpoints();
app.MapApiDocument();
app.MapAccountsApi();
app.MapCommunitiesApi();
app.MapChatsApi();
app.MapPostsApi();
app.MapModerationApi();
app.MapPollsApi();
app.MapSuggestionsApi();
app.MapTranscriptApi();
app.MapCommunityFeed();
app.MapCommunityCalendar();
app.MapSitemap();
app.MapRecapsApi();
app.MapImportsApi();
app.MapClaimsApi();
app.MapReportsApi();
app.MapSearchApi();
app.MapPeopleApi();
app.MapChatHub();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
