using System.Text.Json.Serialization;
using Governance.Ledger.Audit;
using Governance.Ledger.Dashboard;
using Governance.Ledger.Feeds;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Postgres;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.Infrastructure;
using Governance.Ledger.Infrastructure.Http;
using Governance.Ledger.Infrastructure.Cluster;
using Governance.Ledger.Secretariat;
using Governance.Ledger.SharedDecisions.Notices;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;
using Wolverine;

// Before the app is built, which would start the embedded cluster itself.
if (args is ["embedded-database", var folder]) return await EmbeddedDatabase.RunAsync(folder);
// Signing a token needs the key, not the database: it runs beside a running ledger and leaves its data folder alone.
if (args is [IssueTokenCommand.Verb, ..]) return await IssueTokenCommand.HostFor(args).RunQuietlyAsync(args, answerAlone: true);

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestSizeLimit.Bytes);
var dataDirectory = LedgerDatabase.DataDirectory(builder);
builder.AddLedgerAuthentication(dataDirectory);
builder.AddLedgerAudit(dataDirectory);
builder.AddWebhookNotices(dataDirectory);
var connectionString = await LedgerDatabase.ConnectionStringAsync(builder);
builder.Services.AddLedgerEventStore(connectionString);
builder.AddPapers();
builder.Services.AddSingleton<OpenDataCache>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddRazorComponents();
builder.Services.AddSingleton<RecordedStreams>();
builder.Services.AddScoped<RecordReader>();
// Before Wolverine's node joins the cluster: a node with other keys than the rest never takes any of its work.
builder.Services.AddHostedService<KeyAgreement>();
builder.AddLedgerHealth(connectionString);
// Before Wolverine's agents start, so that no scheduled lapse appends while stored records are rebuilt.
builder.Services.AddHostedService<StoredRecordsOnStartup>();
builder.Host.UseWolverine(options => options.UseLedgerMessaging(builder.Configuration));
builder.Services.AddWolverineHttp();
builder.Services.ConfigureSystemTextJsonForWolverineOrMinimalApi(json =>
{
    // Names only: a number for an enum could be any value, stored and poisoning the record.
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    json.SerializerOptions.Converters.Add(new LedgerDateConverter());
});
builder.Services.AddSingleton(LedgerClock.From(builder.Configuration, builder.Environment));
builder.Services.AddSingleton<IProblemDetailsWriter, Governance.Ledger.Dashboard.ProblemPages>();
builder.Services.AddProblemDetails();
builder.Services.AddDatabaseOutage();
builder.Services.AddExceptionHandler<ConcurrencyConflictHandler>();
builder.Services.AddLedgerOpenApi();
builder.Services.AddHostedService<ReferenceHistoryOnStartup>();

var app = builder.Build();

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    // An answered outage or conflict is no error of the ledger's: no stack trace for each.
    SuppressDiagnosticsCallback = context => context.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService,
});
app.UseStatusCodePages();
app.UseLedgerSecurityHeaders();
app.UseHeadAsGet();
app.UseDatabaseOutageAnswers();
app.UseOldDateBookmarks();
app.UseRouting();
app.UseRequestSizeLimit();
app.UseAuthentication();
app.UseAuthorization();
app.UseJsonBodyGuard();
app.MapOpenApi().AllowAnonymous();
app.MapLedgerHealth();
app.MapWolverineEndpoints(http =>
{
    http.RejectUnparseableQueryValues = true;
    http.AddMiddleware(typeof(ReadClocks), ReadClocks.ReadsThroughTheGate);
    http.AddMiddleware(typeof(OneConnection), ReadClocks.ReadsThroughTheGate);
    http.AddMiddleware(typeof(CachedReads), CachedReads.Caches);
});

// With no verb (at most settings, such as --urls), just serve: the command runner would print a page of noise first,
// and would end with 0 when the ledger refuses to start.
if (args.Length == 0 || args[0].StartsWith('-'))
{
    var started = false;
    app.Lifetime.ApplicationStarted.Register(() => started = true);
    try
    {
        await app.RunAsync();
    }
    catch (Exception) when (!started)
    {
        // The host has logged why it did not start.
        return 1;
    }

    return Environment.ExitCode;
}

return await app.RunQuietlyAsync(args);

public partial class Program;
