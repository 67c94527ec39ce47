import { CELL_SOURCES, CURRENCIES, ROUTES, SPOKEN_LANGUAGES, VETTING_STATUSES } from "../../shared/domain.js";
import { PRICE_FILTER_MAX, QUERY_MAX_LENGTH, SORTS } from "../catalogue/catalogue.schemas.js";

const param = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

const errorResponse = {
  description: "Error",
  content: {
    "application/json": {
      schema: { $ref: "#/components/schemas/Error" },
    },
  },
};

/** The OpenAPI 3.1 description of the read-only API. Enumerations come from the same lists the code uses. */
export function openApiDocument(publicUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Candor public API",
      version: "1.0.0",
      description:
        "Read-only access to Candor's catalogue of stem-cell therapy programmes for spinal cord injury in Mexico, with each facility's verification status. Money is in integer minor units with an ISO 4217 currency code. Demo data is fictional and marked isDemo.",
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    paths: {
      "/programmes": {
        get: {
          summary: "Search programmes",
          parameters: [
            param(
              "q",
              `Full-text query in English or Spanish (max ${QUERY_MAX_LENGTH} characters; typo tolerant)`,
              {
                type: "string",
                maxLength: QUERY_MAX_LENGTH,
              },
            ),
            param("city", "City of the facility", { type: "string" }),
            param("source", "Cell source", { type: "string", enum: CELL_SOURCES }),
            param("route", "Route of administration offered", { type: "string", enum: ROUTES }),
            param("min", "Minimum price in whole units of `currency`", {
              type: "integer",
              minimum: 0,
              maximum: PRICE_FILTER_MAX,
            }),
            param("max", "Maximum price in whole units of `currency`", {
              type: "integer",
              minimum: 0,
              maximum: PRICE_FILTER_MAX,
            }),
            param("currency", "Currency of min and max (default USD)", { type: "string", enum: CURRENCIES }),
            param("pt", "1 = physical therapy included", { type: "string", enum: ["1"] }),
            param("status", "Facility vetting status", { type: "string", enum: VETTING_STATUSES }),
            param("language", "Language spoken by the team (ISO 639-1)", {
              type: "string",
              enum: SPOKEN_LANGUAGES,
            }),
            param("fresh", "1 = leave out prices older than 180 days", { type: "string", enum: ["1"] }),
            param("sort", "Sort order", { type: "string", enum: SORTS }),
            param("page", "Page number (20 per page)", { type: "integer", minimum: 1, maximum: 500 }),
          ],
          responses: {
            "200": {
              description: "A page of programmes",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["data", "page", "pageCount", "total"],
                    properties: {
                      data: { type: "array", items: { $ref: "#/components/schemas/ProgrammeSummary" } },
                      page: { type: "integer" },
                      pageCount: { type: "integer" },
                      total: { type: "integer", description: "Matches, counted up to 1,000" },
                      totalIsLowerBound: {
                        type: "boolean",
                        description: "True when there are more than 1,000 matches",
                      },
                      correctedQuery: { type: ["string", "null"] },
                    },
                  },
                },
              },
            },
            "400": errorResponse,
            "429": errorResponse,
          },
        },
      },
      "/programmes/{slug}": {
        get: {
          summary: "One programme with its facility, standards, team, protocol and all-in quote",
          parameters: [
            {
              name: "slug",
              in: "path",
              required: true,
              schema: { type: "string", pattern: "^[a-z0-9-]{1,120}$" },
            },
          ],
          responses: { "200": { description: "The programme" }, "404": errorResponse },
        },
      },
      "/facilities": {
        get: {
          summary: "List facilities (50 per page)",
          parameters: [param("page", "Page number", { type: "integer", minimum: 1 })],
          responses: { "200": { description: "A page of facilities" }, "400": errorResponse },
        },
      },
      "/facilities/{slug}": {
        get: {
          summary: "One facility with its standards, team and licences",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "The facility" }, "404": errorResponse },
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", examples: ["VALIDATION", "NOT_FOUND", "RATE_LIMITED"] },
                message: { type: "string" },
                issues: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: { field: { type: "string" }, message: { type: "string" } },
                  },
                },
              },
            },
          },
        },
        ProgrammeSummary: {
          type: "object",
          properties: {
            slug: { type: "string" },
            title: { type: "object", properties: { en: { type: "string" }, es: { type: "string" } } },
            cellSource: { type: "string", enum: CELL_SOURCES },
            routes: { type: "array", items: { type: "string", enum: ROUTES } },
            price: {
              type: ["object", "null"],
              properties: {
                lowMinor: { type: "integer" },
                highMinor: { type: "integer" },
                currency: { type: "string", enum: CURRENCIES },
                asOf: { type: "string", format: "date" },
              },
            },
            facility: {
              type: "object",
              properties: {
                slug: { type: "string" },
                name: { type: "string" },
                city: { type: "string" },
                vettingStatus: { type: "string", enum: VETTING_STATUSES },
              },
            },
            isDemo: { type: "boolean" },
          },
        },
      },
    },
  };
}
