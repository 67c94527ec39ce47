import { href, type PageContext } from "../../../shared/page.js";
import { Layout } from "../../../shared/views/layout.js";
import { GUIDE_CURRENT_AS_OF, GUIDE_SOURCES, type GuideBlock, guide } from "../content.js";

function Block(props: { block: GuideBlock }) {
  const { block } = props;
  if (block.kind === "list") {
    return (
      <ul>
        {block.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  }
  if (block.kind === "callout")
    return <p class={block.tone === "warning" ? "warning-box" : "callout-info"}>{block.text}</p>;
  return <p>{block.text}</p>;
}

export function GuidePage(props: { ctx: PageContext }) {
  const { ctx } = props;
  const { t, locale, date } = ctx.i18n;
  const content = guide[locale];
  const sourceNumber = new Map(GUIDE_SOURCES.map((s, i) => [s.id, i + 1]));
  return (
    <Layout ctx={ctx} meta={{ title: content.title, description: content.lead, ogType: "article" }}>
      <article class="guide" aria-labelledby="guide-title">
        <h1 id="guide-title">{content.title}</h1>
        <p class="lead">{content.lead}</p>
        <p class="muted">{t("guide.currentAsOf", { date: date(GUIDE_CURRENT_AS_OF) })}</p>
        <nav aria-labelledby="toc-heading" class="toc">
          <h2 id="toc-heading">{t("guide.contents")}</h2>
          <ol>
            {content.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.heading}</a>
              </li>
            ))}
          </ol>
        </nav>
        {content.sections.map((section) => (
          <section key={section.id} id={section.id} aria-labelledby={`${section.id}-h`} tabIndex={-1}>
            <h2 id={`${section.id}-h`}>{section.heading}</h2>
            <p class="summary">{section.summary}</p>
            {section.blocks.map((block, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static content in a fixed order.
              <Block key={i} block={block} />
            ))}
            {section.sourceIds.length ? (
              <p class="cites">
                {t("guide.sourcesForSection")}{" "}
                {section.sourceIds.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ", " : ""}
                    <a href={`#source-${id}`}>[{sourceNumber.get(id)}]</a>
                  </span>
                ))}
              </p>
            ) : null}
          </section>
        ))}
        <section aria-labelledby="sources-list">
          <h2 id="sources-list">{t("guide.sourcesHeading")}</h2>
          <ol class="sources">
            {GUIDE_SOURCES.map((s) => (
              <li key={s.id} id={`source-${s.id}`}>
                {s.citation}{" "}
                <a href={s.url} rel="noopener noreferrer">
                  {s.url}
                </a>
                {s.note ? <span class="muted"> — {s.note}</span> : null}
              </li>
            ))}
          </ol>
        </section>
        <p>
          <a class="button" href={href(locale, "/search", { status: "vetted" })}>
            {t("home.browseVetted")}
          </a>
        </p>
      </article>
    </Layout>
  );
}
