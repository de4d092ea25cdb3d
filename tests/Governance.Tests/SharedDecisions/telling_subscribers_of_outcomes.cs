using System.Net;
using System.Net.Http.Json;
using Alba;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.SharedDecisions.Notices;
using Governance.Tests.Support;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Tests.SharedDecisions;

// Each test subscribes a receiver of its own to a footprint of its own.
[Collection(LedgerCollection.Name)]
public class telling_subscribers_of_outcomes(LedgerApp ledger)
{
    private const string Secret = "a secret of sixteen characters";

    private async Task<(ADecisionPutToPartners Given, WebhookReceiver Receiver)> Given(string footprint, int partners = 4,
        int refuseFirst = 0)
    {
        var receiver = await WebhookReceiver.StartAsync(refuseFirst);
        await ledger.Host.Scenario(s =>
        {
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
            s.Post.Json(new { url = receiver.Url, footprintId = footprint, secret = Secret }).ToUrl("/api/webhook-subscriptions");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        return (await new ADecisionPutToPartners(ledger.Host, footprint).WithPartnersAsync(partners, partners), receiver);
    }

    [Fact]
    public async Task a_decision_taking_effect_is_posted_once_signed_and_with_its_notice_id_as_idempotency_key()
    {
        var (given, receiver) = await Given("QH8");
        await using var _ = receiver;
        var decision = await given.ProposeAsync();

        for (var n = 0; n < 4; n++) await given.Ratify(decision, given.Partners[n], n + 1, $"2017-07-0{n + 1}");
        var received = (await receiver.WaitForAsync(1)).Single();
        await StoredMessages.DrainedAsync(ledger.ConnectionString);

        receiver.Accepted.ShouldHaveSingleItem();
        received.Notice.ShouldBe(new SharedDecisionConcluded($"{decision}/6", decision, "QH8", "Single urgent care strategy",
            SharedDecisionStatus.InEffect, new DateOnly(2017, 7, 4), null));
        received.IdempotencyKey.ShouldBe(received.Notice.NoticeId);
        received.Signature.ShouldBe(DeliverNoticeHandler.Sign(received.Body, Secret));
    }

    [Fact]
    public async Task twenty_ratifications_at_once_send_one_notice()
    {
        var (given, receiver) = await Given("QHG", partners: 20);
        await using var _ = receiver;
        var decision = await given.ProposeAsync();
        var client = ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host));

        var responses = await Task.WhenAll(given.Partners.Select((partner, n) =>
            client.PostAsJsonAsync($"/api/shared-decisions/{decision}/ratifications", given.Response(partner, n + 1, "2017-07-01"))));
        await receiver.WaitForAsync(1);
        await StoredMessages.DrainedAsync(ledger.ConnectionString);

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        receiver.Accepted.ShouldHaveSingleItem().Notice.ShouldSatisfyAllConditions(
            n => n.NoticeId.ShouldBe($"{decision}/22"),
            n => n.Outcome.ShouldBe(SharedDecisionStatus.InEffect));
    }

    [Fact]
    public async Task a_conclusion_whose_transaction_fails_sends_nothing_and_the_one_that_commits_sends_one()
    {
        var (given, receiver) = await Given("QHL");
        await using var _ = receiver;
        var decision = await given.ProposeAsync();
        var withdrawal = new { reason = "Superseded by the ICS strategy", on = "2017-08-01", version = 1, source = ADecisionPutToPartners.Source };

        await RefuseAppendsToAsync(decision);
        await ledger.Host.Scenario(s =>
        {
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
            s.Post.Json(withdrawal).ToUrl($"/api/shared-decisions/{decision}/withdrawal");
            s.StatusCodeShouldBe(HttpStatusCode.InternalServerError);
        });
        await AllowAppendsAsync();
        await StoredMessages.DrainedAsync(ledger.ConnectionString);
        var afterFailure = receiver.Accepted.Count;
        await ledger.Host.Records($"/api/shared-decisions/{decision}/withdrawal", withdrawal);
        await receiver.WaitForAsync(1);
        await StoredMessages.DrainedAsync(ledger.ConnectionString);

        afterFailure.ShouldBe(0);
        (await given.Read(decision)).Version.ShouldBe(2);
        receiver.Accepted.ShouldHaveSingleItem().Notice.ShouldSatisfyAllConditions(
            n => n.Outcome.ShouldBe(SharedDecisionStatus.Withdrawn),
            n => n.Reason.ShouldBe("Superseded by the ICS strategy"));
    }

    [Fact]
    public async Task a_subscriber_that_is_down_gets_the_same_notice_again_until_it_accepts_it()
    {
        var (given, receiver) = await Given("QJ2", refuseFirst: 2);
        await using var _ = receiver;
        var decision = await given.ProposeAsync();

        await given.Decline(decision, given.Partners[0], 1, "2017-07-01");
        var received = (await receiver.WaitForAsync(1)).Single();
        await StoredMessages.DrainedAsync(ledger.ConnectionString);

        receiver.Refused.ShouldBe([received.IdempotencyKey, received.IdempotencyKey]);
        receiver.Accepted.ShouldHaveSingleItem().Notice.Outcome.ShouldBe(SharedDecisionStatus.Defeated);
    }

    [Fact]
    public async Task a_secretary_subscribes_only_to_their_own_footprints_and_only_an_administrator_to_all()
    {
        var secretary = Tokens.For(ledger.Host, "Kent Secretary", LedgerRoles.Secretary, ["QKS"]);
        await using var session = ledger.Store.QuerySession();
        var before = await session.Query<WebhookSubscription>().CountAsync();

        var elsewhere = await ledger.Host.Refuses("/api/webhook-subscriptions",
            new { url = "http://127.0.0.1:9/notices", footprintId = "QKK" }, status: 403, token: secretary);
        var everywhere = await ledger.Host.Refuses("/api/webhook-subscriptions",
            new { url = "http://127.0.0.1:9/notices" }, status: 403, token: secretary);
        var invalid = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { url = "file:///etc/passwd", footprintId = "QKS", secret = "short" }).ToUrl("/api/webhook-subscriptions");
            s.SignedInAs(secretary);
            s.StatusCodeShouldBe(400);
        });

        var nowhere = await ledger.Host.Refuses("/api/webhook-subscriptions",
            new { url = "http://127.0.0.1:9/notices", footprintId = "QQQ" }, status: 404);

        (await session.Query<WebhookSubscription>().CountAsync()).ShouldBe(before);
        nowhere.Title.ShouldBe("No such footprint");
        elsewhere.Title.ShouldBe("This record is outside your footprints");
        everywhere.Title.ShouldBe("Only administrators subscribe to every footprint");
        (await invalid.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["url", "secret"], ignoreOrder: true);
    }

    [Fact]
    public async Task a_secretary_lists_and_cancels_their_own_subscriptions_without_seeing_the_secret_again()
    {
        var secretary = Tokens.For(ledger.Host, "Surrey Secretary", LedgerRoles.Secretary, ["QXU"]);
        var outsider = Tokens.For(ledger.Host, "Kent Secretary", LedgerRoles.Secretary, ["QKS"]);
        var created = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(new { url = "http://127.0.0.1:9/notices", footprintId = "QXU", secret = Secret }).ToUrl("/api/webhook-subscriptions");
            s.SignedInAs(secretary);
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        var id = (await created.ReadAsJsonAsync<WebhookSubscriptionView>())!.Id;

        var listed = await ListAsync(secretary);
        var listedToOutsider = await ListAsync(outsider);
        await ledger.Host.Scenario(s =>
        {
            s.Delete.Url($"/api/webhook-subscriptions/{id}");
            s.SignedInAs(outsider);
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
        await ledger.Host.Scenario(s =>
        {
            s.Delete.Url($"/api/webhook-subscriptions/{id}");
            s.SignedInAs(secretary);
            s.StatusCodeShouldBe(HttpStatusCode.NoContent);
        });

        listed.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            v => v.Signed.ShouldBeTrue(), v => v.SubscribedBy.ShouldBe("Surrey Secretary"));
        (await created.ReadAsTextAsync()).ShouldNotContain(Secret);
        listedToOutsider.ShouldNotContain(v => v.Id == id);
        (await ListAsync(secretary)).ShouldBeEmpty();
    }

    private async Task<WebhookSubscriptionView[]> ListAsync(string token) =>
        (await (await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/webhook-subscriptions");
            s.SignedInAs(token);
        })).ReadAsJsonAsync<WebhookSubscriptionView[]>())!;

    private Task RefuseAppendsToAsync(string stream) => ExecuteAsync($"""
        create or replace function governance.refuse_test_appends() returns trigger language plpgsql
            as $$ begin raise exception 'The database refused this append (a test)'; end $$;
        create trigger refuse_test_appends before insert on governance.mt_events
            for each row when (new.stream_id = '{stream}') execute function governance.refuse_test_appends();
        """);

    private Task AllowAppendsAsync() => ExecuteAsync("drop trigger refuse_test_appends on governance.mt_events");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ledger.ConnectionString);
        await connection.OpenAsync();
        await new Npgsql.NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }
}
