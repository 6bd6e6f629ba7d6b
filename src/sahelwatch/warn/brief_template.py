"""The Jinja2 template of the weekly brief (kept in Python so it ships with the package).

Rendered with autoescape on: every value, including article titles and outlet names, is escaped.
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Situation brief: {{ b.country_name }}, {{ b.week }}</title>
<style>
  @page { size: A4; margin: 14mm 13mm 16mm 13mm;
          @bottom-center { content: "Sahel Watch brief {{ b.country }} {{ b.week }} - page " counter(page)
                           " of " counter(pages); font-size: 8pt; color: #666; } }
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; max-width: 60em;
         margin: 0 auto; line-height: 1.4; }
  h1 { font-size: 17pt; margin: 0 0 2pt 0; }
  h2 { font-size: 12.5pt; border-bottom: 1.5pt solid #c33; padding-bottom: 2pt; margin-top: 14pt; }
  .sub { color: #555; margin: 0 0 8pt 0; }
  .numbers { display: flex; gap: 8pt; margin: 8pt 0; }
  .number { flex: 1; border: 1pt solid #ddd; border-radius: 4pt; padding: 6pt; background: #fafafa; }
  .number .value { font-size: 20pt; font-weight: bold; }
  .number .value a { color: #b22; text-decoration: none; }
  .number .cmp { font-size: 8.5pt; color: #444; }
  table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 4pt 0; }
  th, td { border-bottom: 0.6pt solid #ddd; padding: 3pt 4pt; text-align: left; vertical-align: top; }
  th { background: #f1f1f1; }
  td.n { text-align: right; white-space: nowrap; }
  img { max-width: 100%; }
  .note { font-size: 8pt; color: #666; }
  .alert { border-left: 3pt solid #c33; padding: 2pt 6pt; margin: 4pt 0; background: #fff6f6; }
  .ids { font-size: 7.5pt; }
  .ids a { color: #225; }
  .src { font-size: 8pt; color: #444; }
  figure { margin: 6pt 0; page-break-inside: avoid; }
  figcaption { font-size: 8pt; color: #555; }
</style>
</head>
<body>
<h1>Weekly situation brief: {{ b.country_name }}</h1>
<p class="sub">Week {{ b.week }} ({{ b.week_label }}) &middot; generated {{ b.generated_at }} by Sahel Watch
  from news reports. Figures are provisional and change as reports come in.</p>

<h2>In brief</h2>
{% for s in b.sentences %}<p>{{ s }}</p>{% endfor %}

<div class="numbers">
{% for n in b.numbers %}
  <div class="number">
    <div>{{ n.label }}</div>
    <div class="value"><a href="#{{ n.anchor }}">{{ n.value }}</a></div>
    <div class="cmp"><a href="#{{ b.prev4_anchor }}">previous 4 weeks</a>: {{ '%.1f' % n.mean4 }} a week
      ({{ n.change4 }})<br>
      <a href="#{{ b.prev12_anchor }}">previous 12 weeks</a>: {{ '%.1f' % n.mean12 }} a week
      ({{ n.change12 }})
    </div>
  </div>
{% endfor %}
</div>
<p class="note">Deaths are the most conservative figure reported across sources (ACLED convention); the best
estimate is shown in brackets in the event list. Each figure links to the list of events behind it;
the weekly averages link to the events of each earlier week (appendix).</p>

<h2>Where</h2>
<figure>
  <img alt="Map of the week's events in {{ b.country_name }}" src="data:image/png;base64,{{ b.map_png }}">
  <figcaption>{{ b.map_note }}</figcaption>
</figure>
{% if b.regions %}
<table>
  <tr><th>Region (admin1)</th><th>Events</th><th>Deaths</th><th>Targeting civilians</th>
      <th>Weekly average, previous 4 weeks</th></tr>
  {% for r in b.regions %}
  <tr><td>{{ r.admin1 }}</td>
      <td class="n"><a href="#{{ r.anchor }}">{{ r.events }}</a></td>
      <td class="n"><a href="#{{ r.anchor }}">{{ r.deaths }}</a></td>
      <td class="n"><a href="#{{ r.anchor }}">{{ r.civilian }}</a></td>
      <td>{{ '%.1f' % r.mean4 }} events ({{ r.change4 }})</td></tr>
  {% endfor %}
</table>
{% else %}
<p>No event was recorded in {{ b.country_name }} this week.</p>
{% endif %}

<h2>Trends by region</h2>
<figure>
  <img alt="Weekly events and deaths per region" src="data:image/png;base64,{{ b.trend_png }}">
  <figcaption>Reported deaths per week (bars; this week darker) and events per week (line),
  {{ b.trend_weeks }}.
  </figcaption>
</figure>

<h2>New alerts this week</h2>
{% for a in b.alerts %}
<div class="alert"><strong>{{ a.title }}</strong><br>
  <span class="note">{{ a.kind }}: {{ describe_baseline(a) }}; events:
  {% for i in a.event_ids %}<a href="{{ b.event_url(i) }}">{{ i }}</a>{{ ", " if not loop.last }}{% endfor %}
  </span></div>
{% else %}
<p>No alert for {{ b.country_name }} in {{ b.week }}.</p>
{% endfor %}

<h2>Deadliest events this week</h2>
{% if b.top_events %}
<table>
  <tr><th>Event</th><th>Date</th><th>Where</th><th>What</th><th>Deaths</th><th>Sources</th></tr>
  {% for e in b.top_events %}
  <tr><td><a href="{{ b.event_url(e.id) }}">{{ e.id }}</a></td><td>{{ e.date }}</td><td>{{ e.where }}</td>
      <td>{{ e.type }}: {{ e.sub_type }}
          {% if e.actors %}<br><span class="src">{{ e.actors }}</span>{% endif %}
          {% if e.civilian %}<br><em>civilians targeted</em>{% endif %}</td>
      <td class="n"><a href="{{ b.event_url(e.id) }}">{{ e.deaths }}</a> ({{ e.deaths_best }})</td>
      <td class="src">{% for s in e.sources %}{% if s.url %}<a href="{{ s.url }}">{{ s.outlet }}</a>
        {%- else %}{{ s.outlet }}{% endif %}{% if s.published %}, {{ s.published[:10] }}{% endif %}
        {%- if s.title %}: &ldquo;{{ s.title }}&rdquo;{% endif %}{{ "; " if not loop.last }}
        {%- endfor %}</td></tr>
  {% endfor %}
</table>
{% else %}
<p>No event this week.</p>
{% endif %}

<h2>Appendix: the events behind each figure</h2>
<p class="note">Event ids link to the Sahel Watch dashboard
  ({{ b.link_base or "relative" }} /events/&lt;id&gt;).</p>
{% for l in b.id_lists %}
<p class="ids" id="{{ l.anchor }}"><strong>{{ l.label }}</strong> ({{ l.ids | length }}):
  {% if for_pdf and l.earlier %}{{ l.ids | join(", ") }}{% else %}
  {% for i in l.ids %}<a href="{{ b.event_url(i) }}">{{ i }}</a>{{ ", " if not loop.last }}{% endfor %}
  {% endif %}
  {% if not l.ids %}none{% endif %}</p>
{% endfor %}
</body>
</html>
"""
