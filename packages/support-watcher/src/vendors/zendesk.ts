import { paginateItems, zendeskNextCursor } from "@support/api-core";
import type { components, ZendeskClient } from "@support/zendesk-client";

export type ZendeskTicket = components["schemas"]["TicketObject"];
export type ZendeskMacro = components["schemas"]["MacroObject"];
export type ZendeskOrganization = components["schemas"]["OrganizationObject"];
export type JobStatus = components["schemas"]["JobStatusObject"];

/** Zendesk's ceilings: ids per show_many or update_many call, results per export page. */
export const ZENDESK_IDS_PER_CALL = 100;
export const SEARCH_EXPORT_PAGE_SIZE = 1000;

export const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** Every ticket matching a search query, through the export endpoint (no 1,000-result cap). */
export async function searchTickets(
  client: ZendeskClient,
  query: string,
): Promise<ZendeskTicket[]> {
  const tickets: ZendeskTicket[] = [];
  for await (const result of paginateItems({
    fetchPage: (after: string | undefined) =>
      client.unwrap(
        client.api.GET("/api/v2/search/export", {
          params: {
            query: {
              query,
              "filter[type]": "ticket",
              "page[size]": SEARCH_EXPORT_PAGE_SIZE,
              ...(after && { "page[after]": after }),
            },
          },
        }),
      ),
    nextCursor: zendeskNextCursor,
    items: (page) => page.results ?? [],
  })) {
    if (result.result_type === "ticket") tickets.push(result as ZendeskTicket);
  }
  return tickets;
}

/** Tickets by id, a hundred per request. */
export async function showTickets(
  client: ZendeskClient,
  ids: readonly number[],
): Promise<ZendeskTicket[]> {
  const tickets: ZendeskTicket[] = [];
  for (const batch of chunks(ids, ZENDESK_IDS_PER_CALL)) {
    const page = await client.unwrap(
      client.api.GET("/api/v2/tickets/show_many", { params: { query: { ids: batch.join(",") } } }),
    );
    tickets.push(...(page.tickets ?? []));
  }
  return tickets;
}

export async function getTicket(client: ZendeskClient, id: number): Promise<ZendeskTicket> {
  const { ticket } = await client.unwrap(
    client.api.GET("/api/v2/tickets/{ticket_id}", { params: { path: { ticket_id: id } } }),
  );
  return ticket ?? {};
}

export async function getOrganization(
  client: ZendeskClient,
  id: number,
): Promise<ZendeskOrganization | undefined> {
  const { organization } = await client.unwrap(
    client.api.GET("/api/v2/organizations/{organization_id}", {
      params: { path: { organization_id: id } },
    }),
  );
  return organization;
}

/** Every macro, active or not, a hundred per page. */
export async function listMacros(client: ZendeskClient): Promise<ZendeskMacro[]> {
  const macros: ZendeskMacro[] = [];
  for await (const macro of paginateItems({
    fetchPage: (after: string | undefined) =>
      client.unwrap(
        client.api.GET("/api/v2/macros", {
          params: { query: { page: { size: 100, ...(after && { after }) } } },
        }),
      ),
    nextCursor: zendeskNextCursor,
    items: (page) => page.macros ?? [],
  })) {
    macros.push(macro);
  }
  return macros;
}

export async function createMacro(
  client: ZendeskClient,
  macro: components["schemas"]["MacroInput"],
): Promise<ZendeskMacro> {
  const { macro: created } = await client.unwrap(
    client.api.POST("/api/v2/macros", { body: { macro } }),
  );
  if (!created) throw new Error("Zendesk returned no macro after creating one");
  return created;
}

export async function deleteMacro(client: ZendeskClient, id: number): Promise<void> {
  await client.unwrap(
    client.api.DELETE("/api/v2/macros/{macro_id}", { params: { path: { macro_id: id } } }),
  );
}

/** Queues one update_many job adding tags to up to a hundred tickets. */
export async function addTagsToMany(
  client: ZendeskClient,
  ids: readonly number[],
  tags: string[],
): Promise<JobStatus> {
  const { job_status } = await client.unwrap(
    client.api.PUT("/api/v2/tickets/update_many", {
      params: { query: { ids: ids.join(",") } },
      body: { ticket: { additional_tags: tags } },
    }),
  );
  if (!job_status?.id) throw new Error("Zendesk returned no job status for update_many");
  return job_status;
}

export async function jobStatuses(
  client: ZendeskClient,
  ids: readonly string[],
): Promise<JobStatus[]> {
  const { job_statuses } = await client.unwrap(
    client.api.GET("/api/v2/job_statuses/show_many", { params: { query: { ids: ids.join(",") } } }),
  );
  return job_statuses;
}

/**
 * Adds a public comment and replaces the tags in one update. `updatedStamp` makes it a safe
 * update: Zendesk refuses it (409) when the ticket changed since it was read, so a retried
 * request can never post the comment twice.
 */
export async function commentAndTag(
  client: ZendeskClient,
  id: number,
  update: { body: string; tags: string[]; updatedStamp: string },
): Promise<void> {
  await client.unwrap(
    client.api.PUT("/api/v2/tickets/{ticket_id}", {
      params: { path: { ticket_id: id } },
      body: {
        ticket: {
          comment: { body: update.body, public: true },
          tags: update.tags,
          safe_update: true,
          updated_stamp: update.updatedStamp,
        },
      },
    }),
  );
}
