import html, os

OUTLETS = {
 "Balkan Monitor": dict(domain="balkanmonitor.example", tagline="Independent news from Southeast Europe",
    nav=["Kosovo","Serbia","Bosnia","Montenegro","North Macedonia","Opinion"]),
 "Baku Courier": dict(domain="bakucourier.example", tagline="News from Azerbaijan and the region",
    nav=["Politics","Economy","Karabakh","Energy","World","Opinion"]),
 "Yerevan Dispatch": dict(domain="yerevandispatch.example", tagline="Armenia's English-language daily",
    nav=["Politics","Security","Society","Diaspora","Business","Opinion"]),
 "Global Affairs Daily": dict(domain="globalaffairsdaily.example", tagline="The world, explained",
    nav=["World","Europe","Middle East","Asia","Analysis","Podcasts"]),
}

def slug(s):
    return "".join(c.lower() if c.isalnum() else "-" for c in s).strip("-")

def page(p):
    o = OUTLETS[p["outlet"]]
    e = html.escape
    nav = "\n".join(f'        <li><a href="https://{o["domain"]}/{slug(n)}/">{e(n)}</a></li>' for n in o["nav"])
    paras = "\n".join(f"      <p>{e(t)}</p>" for t in p["paras"])
    rel = "\n".join(f'        <li><a href="https://{o["domain"]}/{p["section"]}/{slug(h)}">{e(h)}</a></li>' for h in p["related"])
    promo = "\n".join(f'      <div class="promo-item"><a href="https://ads.{slug(h)[:20].strip("-")}.example/click?src={o["domain"]}">{e(h)}</a><span class="sponsor">Sponsored</span></div>' for h in p["promoted"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(p["title"])} | {e(p["outlet"])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{e(p["description"])}">
  <meta name="author" content="{e(p["author"])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{e(p["title"])}">
  <meta property="og:site_name" content="{e(p["outlet"])}">
  <meta property="og:url" content="{e(p["url"])}">
  <meta property="article:published_time" content="{p["published"]}">
  <meta property="article:section" content="{e(p["section"].title())}">
  <link rel="canonical" href="{e(p["url"])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/analytics.js" async></script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to personalise content and ads and to analyse our traffic. By continuing to browse you agree to our use of cookies.</p>
    <button class="accept">Accept all</button> <button class="settings">Manage settings</button>
  </div>
  <header class="site-header">
    <a class="logo" href="https://{o["domain"]}/">{e(p["outlet"])}</a>
    <span class="tagline">{e(o["tagline"])}</span>
    <a class="subscribe" href="https://{o["domain"]}/subscribe">Subscribe</a>
    <nav class="main-menu">
      <ul>
        <li><a href="https://{o["domain"]}/">Home</a></li>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article class="story">
      <h1>{e(p["title"])}</h1>
      <p class="standfirst">{e(p["description"])}</p>
      <div class="byline">By <a rel="author" href="https://{o["domain"]}/authors/{slug(p["author"])}">{e(p["author"])}</a> | <time datetime="{p["published"]}">{e(p["time_text"])}</time></div>
{paras}
      <div class="share">Share this story: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
{rel}
      </ul>
    </aside>
    <section class="promoted">
      <h2>Promoted</h2>
{promo}
    </section>
    <div class="newsletter">Get the morning briefing in your inbox. <a href="https://{o["domain"]}/newsletter">Sign up</a></div>
  </main>
  <footer class="site-footer">
    <p>&copy; {p["published"][:4]} {e(p["outlet"])}. All rights reserved.</p>
    <ul>
      <li><a href="https://{o["domain"]}/about">About us</a></li>
      <li><a href="https://{o["domain"]}/contact">Contact</a></li>
      <li><a href="https://{o["domain"]}/privacy">Privacy policy</a></li>
      <li><a href="https://{o["domain"]}/terms">Terms of use</a></li>
    </ul>
  </footer>
</body>
</html>
"""

PAGES = [
dict(file="2023-06-15-kosovo-police-detained.html", outlet="Balkan Monitor", section="kosovo",
 title="Serbian forces detain three Kosovo police officers near the boundary",
 description="Pristina calls it an abduction; Belgrade says the officers crossed into Serbia armed.",
 author="Arben Krasniqi", published="2023-06-15T09:40:00+02:00", time_text="15 June 2023, 09:40",
 url="https://balkanmonitor.example/kosovo/2023/06/15/kosovo-police-officers-detained",
 paras=[
 "PRISTINA -- Serbian forces detained three Kosovo police officers on Wednesday in a remote area along the boundary between Kosovo and Serbia, sharply raising tension after weeks of unrest in northern Kosovo.",
 "Kosovo Prime Minister Albin Kurti said the officers had been abducted inside Kosovo's territory and taken into Serbia, and demanded their immediate and unconditional release. Serbian officials said the three had been arrested on Serbian territory while carrying weapons, and that they would face criminal proceedings.",
 "The detentions came a day after Kosovo police arrested a Kosovo Serb man whom they accuse of involvement in last month's violence in the north, in which dozens of NATO peacekeepers were injured.",
 "EU foreign policy chief Josep Borrell called for the officers to be released without delay and urged both sides to de-escalate. The EU special representative for the Belgrade-Pristina dialogue, Miroslav Lajčák, is expected to invite Kurti and Serbian President Aleksandar Vučić to Brussels for crisis talks in the coming days.",
 "Both governments appear to be playing to their home audiences. Unless Brussels and Washington can persuade the two leaders that escalation carries a real cost, incidents like this one will keep replacing the dialogue that was supposed to make them unnecessary.",
 ],
 related=["Serbia and Kosovo leaders summoned to Brussels", "Armenia and Azerbaijan ministers to meet again in Washington",
          "Ukraine says dam collapse floods villages along the Dnipro", "Bosnian Serb leader threatens to ignore court rulings"],
 promoted=["This new savings account pays more than your bank", "Travel deals to the Adriatic coast you should not miss"]),

dict(file="2024-03-02-berlin-talks-baku.html", outlet="Baku Courier", section="politics",
 title="Bayramov and Mirzoyan conclude Berlin round of peace talks",
 description="Azerbaijani delegation says the Armenian side must show political will on the remaining articles.",
 author="Leyla Mammadova", published="2024-03-02T11:15:00+04:00", time_text="2 March 2024, 11:15",
 url="https://bakucourier.example/en/politics/2024/03/02/bayramov-mirzoyan-berlin",
 paras=[
 "Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan held two days of negotiations on the draft peace agreement in Berlin on Wednesday and Thursday, at the invitation of German Foreign Minister Annalena Baerbock.",
 "The Azerbaijani delegation also included Elchin Amirbayov, the special representative of the President of Azerbaijan. The talks were held in bilateral format, with the German side providing the venue and hosting the opening session.",
 "According to the Azerbaijani foreign ministry, the sides discussed the articles of the draft treaty on which differences remain, and agreed to continue the negotiations. The ministry gave no date for the next round.",
 "Azerbaijani officials did not comment on reports in Armenian media about separate contacts between advisors to the two leaders.",
 "Baku has consistently argued that a lasting peace requires Armenia to remove territorial claims against Azerbaijan from its constitution. Without that step, commentators here say, any signed document would rest on weak foundations.",
 "The talks took place two weeks after President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Munich at the invitation of Chancellor Olaf Scholz.",
 "Azerbaijan has also voiced concern about France and India supplying weapons to Armenia, which officials in Baku say encourages revanchist forces in Yerevan.",
 "It is Armenia, not Azerbaijan, that now needs to decide whether it wants a peace treaty or an endless negotiation. The text is largely ready; what is missing is political will in Yerevan.",
 ],
 related=["Azerbaijan begins preparations for COP29", "Armenia's arms purchases alarm Baku",
          "Russia and Ukraine swap prisoners of war", "Turkey and Azerbaijan hold naval drills in the Caspian"],
 promoted=["Discover the new five-star resort on the Caspian shore", "Why thousands are switching to this investment app"]),

dict(file="2024-05-12-almaty-talks-baku.html", outlet="Baku Courier", section="politics",
 title="Almaty talks bring progress on several articles of peace treaty",
 description="Foreign ministers of Azerbaijan and Armenia met in Kazakhstan on Friday and Saturday.",
 author="Rashad Guliyev", published="2024-05-12T10:05:00+04:00", time_text="12 May 2024, 10:05",
 url="https://bakucourier.example/en/politics/2024/05/12/almaty-talks-progress",
 paras=[
 "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan held a new round of negotiations on the peace treaty in Almaty on Friday and Saturday, hosted by Kazakhstan.",
 "Kazakh Foreign Minister Murat Nurtleu greeted the delegations at the start of the talks on Friday. Azerbaijani officials thanked Kazakhstan for its hospitality and noted that Astana had provided a platform without seeking to impose its own agenda.",
 "In a statement after the talks, the Azerbaijani foreign ministry said the sides had made progress on several articles of the draft agreement and had agreed to continue negotiations on the remaining issues.",
 "The talks took place against the background of street protests in Yerevan against the recent border delimitation agreement, under which four villages in Azerbaijan's Gazakh district are returning to Azerbaijani control.",
 "Officials in Baku say the agreement in the Gazakh-Tavush area shows that border issues can be solved bilaterally, without outside mediators, and that the same approach should guide the treaty talks.",
 "The choice of a regional venue is a healthy sign. Solutions found by the parties themselves, without pressure from distant capitals, are more likely to last.",
 ],
 related=["Kazakhstan's president calls for closer Caspian cooperation", "Protesters block roads in Yerevan for second day",
          "Georgia's foreign agents bill draws mass protests in Tbilisi", "Kosovo and Serbia negotiators meet in Brussels"],
 promoted=["Baku's best new restaurants, ranked", "Get a free quote for solar panels today"]),

dict(file="2024-06-19-caesar-howitzers.html", outlet="Yerevan Dispatch", section="security",
 title="France agrees to sell CAESAR howitzers to Armenia",
 description="Defence ministers sign contract in Paris as Yerevan diversifies its arms suppliers.",
 author="Anahit Sargsyan", published="2024-06-19T08:20:00+04:00", time_text="19 June 2024, 08:20",
 url="https://yerevandispatch.example/security/2024-06-19/france-caesar-howitzers",
 paras=[
 "French Armed Forces Minister Sébastien Lecornu and Armenian Defence Minister Suren Papikyan signed a contract in Paris on Tuesday for the sale of CAESAR self-propelled howitzers to Armenia.",
 "The agreement was signed on the sidelines of the Eurosatory defence exhibition. Neither side disclosed the number of guns or the value of the contract.",
 "Lecornu said France would continue to help Armenia strengthen its defence capabilities. France has already agreed to supply air-defence radars and to train Armenian officers.",
 "Armenia has signed arms deals with France and India. Armenia is deepening military cooperation with France and India, which have replaced Russia as the country's main sources of new weapons.",
 "Azerbaijan's foreign ministry condemned the deal, accusing France of fuelling militarisation in the region and undermining the peace process.",
 "Armenian officials have said the purchases are purely defensive and aimed at protecting Armenia's sovereign territory.",
 "For a country that lost a war in 2020 and watched its Russian ally stand aside, diversification is not a luxury. It is the minimum a responsible government owes its citizens, and Baku's protests only underline why it matters.",
 ],
 related=["Pashinyan says Armenia will leave Russian-led alliance", "Russian border guards to leave Yerevan airport by August",
          "Israel and Hezbollah trade fire across the border", "Border markers go up along the Tavush section"],
 promoted=["Lake Sevan holiday homes at unbeatable prices", "This trick cuts your electricity bill in half"]),

dict(file="2024-11-27-israel-hezbollah-ceasefire.html", outlet="Global Affairs Daily", section="middle-east",
 title="Israel-Hezbollah ceasefire takes effect after US and French mediation",
 description="Displaced Lebanese begin heading south as a 60-day truce begins.",
 author="Nadia Haddad", published="2024-11-27T07:30:00+00:00", time_text="27 November 2024, 07:30 GMT",
 url="https://globalaffairsdaily.example/middle-east/2024/11/27/israel-hezbollah-ceasefire",
 paras=[
 "A ceasefire between Israel and Hezbollah took effect at 4 a.m. local time on Wednesday, after more than a year of cross-border hostilities that escalated into a full-scale Israeli offensive in Lebanon in the autumn.",
 "US President Joe Biden announced the agreement on Tuesday, saying it had been reached with the help of France. Israel's security cabinet approved the deal earlier the same day.",
 "Under the terms, Israeli forces will withdraw gradually from southern Lebanon over 60 days, while the Lebanese army deploys in the area south of the Litani river. Hezbollah is not to maintain armed positions there. The United States and France will take part in a mechanism to monitor compliance.",
 "Israeli Prime Minister Benjamin Netanyahu warned that Israel would respond forcefully to any violation. Lebanese Prime Minister Najib Mikati welcomed the ceasefire and said the army was ready to deploy.",
 "Within hours of the truce taking effect, thousands of displaced Lebanese families were heading back towards their villages in the south, despite warnings from the Israeli military not to approach certain areas.",
 "The ceasefire is fragile by design. It relies on a Lebanese army that has never had the means to control the south and on the restraint of two adversaries who have little reason to trust each other. If either side concludes that the other is rearming, the 60 days could end in a new war rather than a lasting arrangement.",
 ],
 related=["COP29 in Baku ends with climate finance deal", "Armenia and Azerbaijan say peace treaty talks continue",
          "Ukraine and Russia trade long-range strikes", "Kosovo election campaign heats up ahead of February vote"],
 promoted=["Seven destinations to visit before they get crowded", "Retirees are snapping up this little-known annuity"]),
]

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "corpus", "html")
    for p in PAGES:
        with open(os.path.join(out, p["file"]), "w", encoding="utf-8") as f:
            f.write(page(p))
        print(p["file"], sum(len(t.split()) for t in p["paras"]))
