"""Regenerate ``countries.yaml`` from pycountry plus the hand-written table below.

Run from the repository root::

    .venv/bin/python src/parley/actors/data/build_countries.py

pycountry supplies the ISO 3166-1 alpha-3 codes and official names; everything
else (the common short name used in news, other names, demonyms, capitals and
government metonyms) is written by hand in ``TABLE``.  Kosovo (``XKX``) is not
in ISO 3166-1 and is added here.  The committed ``countries.yaml`` is the
source of truth for the loader; this script only exists to keep it consistent.

Table format, one country per line, fields separated by ``|``::

    CODE | Name | aliases ; ... | demonyms ; ... | capital | capital aliases ; ... | government aliases ; ...

* An empty field means "none"; a capital written as ``-`` means ``null``
  (no capital, or one that is never used metonymically and would cause false
  matches, e.g. "The Valley", "Hamilton").
* A demonym ending in ``+`` also yields its plural with ``s``
  (``Kenyan+`` -> ``Kenyan``, ``Kenyans``).
* Former states take their continuing state, as the Phoenix data and the gold
  sets do: Soviet Union -> RUS, Yugoslavia -> SRB, Czechoslovakia -> CZE,
  East/West Germany -> DEU, Rhodesia -> ZWE.
* The pycountry official name (and the pycountry name or common name, unless it
  is a "Name, qualifier" form or listed in ``SKIP_PYCOUNTRY_NAMES``) is added to
  the aliases automatically.
"""

from __future__ import annotations

import sys
from collections.abc import Set as AbstractSet
from pathlib import Path

import pycountry
import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / "countries.yaml"

# pycountry names that must not become aliases (ambiguous or misleading).
SKIP_PYCOUNTRY_NAMES = {
    "COG": {"Congo"},  # ambiguous with DR Congo
    "TWN": {"Taiwan, Province of China"},
    "ESH": set(),
}

TABLE = r"""
ABW | Aruba | | Aruban+ | Oranjestad | |
AFG | Afghanistan | Islamic Emirate of Afghanistan | Afghan+ ; Afghanistani | Kabul | |
AGO | Angola | | Angolan+ | Luanda | |
AIA | Anguilla | | Anguillan+ | - | |
ALA | Åland Islands | Aland Islands ; Åland ; Aland | Ålander+ | Mariehamn | |
ALB | Albania | | Albanian+ | Tirana | Tirane |
AND | Andorra | | Andorran+ | Andorra la Vella | |
ARE | United Arab Emirates | UAE ; U.A.E. ; Emirates | Emirati+ | Abu Dhabi | |
ARG | Argentina | | Argentine+ ; Argentinian+ | Buenos Aires | | Casa Rosada
ARM | Armenia | | Armenian+ | Yerevan | Erevan |
ASM | American Samoa | | American Samoan+ | Pago Pago | |
ATA | Antarctica | | | - | |
ATF | French Southern and Antarctic Lands | French Southern Territories ; TAAF | | - | |
ATG | Antigua and Barbuda | Antigua | Antiguan+ ; Barbudan+ | St. John's | St John's ; Saint John's |
AUS | Australia | Commonwealth of Australia | Australian+ | Canberra | |
AUT | Austria | | Austrian+ | Vienna | Wien |
AZE | Azerbaijan | | Azerbaijani+ ; Azeri+ | Baku | |
BDI | Burundi | | Burundian+ | Gitega | Bujumbura |
BEL | Belgium | | Belgian+ | - | |
BEN | Benin | | Beninese | Porto-Novo | Porto Novo ; Cotonou |
BES | Caribbean Netherlands | Bonaire, Sint Eustatius and Saba ; Bonaire ; Sint Eustatius ; Saba | | Kralendijk | |
BFA | Burkina Faso | Burkina | Burkinabe ; Burkinabé | Ouagadougou | |
BGD | Bangladesh | | Bangladeshi+ | Dhaka | Dacca |
BGR | Bulgaria | | Bulgarian+ | Sofia | |
BHR | Bahrain | | Bahraini+ | Manama | |
BHS | Bahamas | The Bahamas | Bahamian+ | Nassau | |
BIH | Bosnia and Herzegovina | Bosnia-Herzegovina ; Bosnia ; BiH | Bosnian+ ; Herzegovinian+ | Sarajevo | |
BLM | Saint Barthélemy | Saint Barthelemy ; St Barts ; St. Barts ; St Barths | | Gustavia | |
BLR | Belarus | Byelorussia ; Belorussia | Belarusian+ ; Belarussian+ | Minsk | |
BLZ | Belize | | Belizean+ | Belmopan | |
BMU | Bermuda | | Bermudian+ | - | |
BOL | Bolivia | | Bolivian+ | La Paz | Sucre |
BRA | Brazil | | Brazilian+ | Brasília | Brasilia | Planalto
BRB | Barbados | | Barbadian+ ; Bajan+ | Bridgetown | |
BRN | Brunei | Brunei Darussalam | Bruneian+ | Bandar Seri Begawan | |
BTN | Bhutan | | Bhutanese | Thimphu | |
BVT | Bouvet Island | | | - | |
BWA | Botswana | | Motswana ; Batswana ; Botswanan+ | Gaborone | |
CAF | Central African Republic | Centrafrique | Central African+ | Bangui | |
CAN | Canada | | Canadian+ | Ottawa | |
CCK | Cocos (Keeling) Islands | Cocos Islands ; Keeling Islands | | - | |
CHE | Switzerland | | Swiss | Bern | Berne |
CHL | Chile | | Chilean+ | Santiago | | La Moneda
CHN | China | PRC ; P.R.C. ; Mainland China | Chinese | Beijing | Peking | Zhongnanhai
CIV | Ivory Coast | Côte d'Ivoire ; Cote d'Ivoire ; Côte d’Ivoire | Ivorian+ ; Ivoirian+ | Yamoussoukro | Abidjan |
CMR | Cameroon | | Cameroonian+ | Yaoundé | Yaounde |
COD | DR Congo | Democratic Republic of the Congo ; Democratic Republic of Congo ; DRC ; D.R. Congo ; DR of Congo ; Congo-Kinshasa ; Zaire ; Congo | Congolese | Kinshasa | |
COG | Republic of the Congo | Republic of Congo ; Congo Republic ; Congo-Brazzaville ; Congo Brazzaville | | Brazzaville | |
COK | Cook Islands | | Cook Islander+ | Avarua | |
COL | Colombia | | Colombian+ | Bogotá | Bogota | Casa de Nariño ; Casa de Narino
COM | Comoros | Comoro Islands | Comorian+ | Moroni | |
CPV | Cape Verde | Cabo Verde | Cape Verdean+ ; Cabo Verdean+ | Praia | |
CRI | Costa Rica | | Costa Rican+ | San José | San Jose |
CUB | Cuba | | Cuban+ | Havana | La Habana |
CUW | Curaçao | Curacao | Curaçaoan+ | Willemstad | |
CXR | Christmas Island | | Christmas Islander+ | Flying Fish Cove | |
CYM | Cayman Islands | Caymans ; the Caymans | Caymanian+ | George Town | |
CYP | Cyprus | | Cypriot+ | Nicosia | |
CZE | Czech Republic | Czechia ; Czechoslovakia | Czech+ ; Czechoslovak+ | Prague | Praha |
DEU | Germany | West Germany ; East Germany | German+ ; West German+ ; East German+ | Berlin | Bonn |
DJI | Djibouti | | Djiboutian+ | Djibouti City | |
DMA | Dominica | | | Roseau | |
DNK | Denmark | | Danish ; Dane+ | Copenhagen | |
DOM | Dominican Republic | | Dominican+ | Santo Domingo | |
DZA | Algeria | | Algerian+ | Algiers | |
ECU | Ecuador | | Ecuadorian+ ; Ecuadorean+ | Quito | |
EGY | Egypt | | Egyptian+ | Cairo | |
ERI | Eritrea | | Eritrean+ | Asmara | |
ESH | Western Sahara | Sahrawi Arab Democratic Republic ; SADR | Sahrawi+ ; Saharawi+ | - | |
ESP | Spain | | Spanish ; Spaniard+ | Madrid | | Moncloa
EST | Estonia | | Estonian+ | Tallinn | |
ETH | Ethiopia | | Ethiopian+ | Addis Ababa | |
FIN | Finland | | Finnish ; Finn+ | Helsinki | |
FJI | Fiji | | Fijian+ | Suva | |
FLK | Falkland Islands | Falklands ; Malvinas ; Islas Malvinas ; Falkland Islands (Malvinas) | Falkland Islander+ | - | |
FRA | France | | French | Paris | | Elysee ; Élysée ; Elysee Palace ; Élysée Palace ; Matignon
FRO | Faroe Islands | Faroes ; Faeroe Islands | Faroese | Tórshavn | Torshavn |
FSM | Micronesia | Federated States of Micronesia | Micronesian+ | Palikir | |
GAB | Gabon | | Gabonese | Libreville | |
GBR | United Kingdom | UK ; U.K. ; Britain ; Great Britain ; Northern Ireland | British ; Briton+ ; Brit+ | London | | Downing Street ; Number 10 ; No 10 ; No. 10 ; Whitehall
GEO | Georgia | Sakartvelo | Georgian+ | Tbilisi | |
GGY | Guernsey | Bailiwick of Guernsey | | St Peter Port | St. Peter Port ; Saint Peter Port |
GHA | Ghana | | Ghanaian+ | Accra | |
GIB | Gibraltar | | Gibraltarian+ | - | |
GIN | Guinea | Guinea-Conakry | Guinean+ | Conakry | |
GLP | Guadeloupe | | Guadeloupean+ | Basse-Terre | |
GMB | Gambia | The Gambia | Gambian+ | Banjul | |
GNB | Guinea-Bissau | Guinea Bissau | Bissau-Guinean+ | Bissau | |
GNQ | Equatorial Guinea | | Equatorial Guinean+ ; Equatoguinean+ | Malabo | |
GRC | Greece | | Greek+ | Athens | |
GRD | Grenada | | Grenadian+ | St. George's | St George's ; Saint George's |
GRL | Greenland | Kalaallit Nunaat | Greenlandic ; Greenlander+ | Nuuk | Godthåb |
GTM | Guatemala | | Guatemalan+ | Guatemala City | |
GUF | French Guiana | Guyane | French Guianese ; Guianese | Cayenne | |
GUM | Guam | | Guamanian+ | Hagåtña | Hagatna ; Agana |
GUY | Guyana | | Guyanese | Georgetown | |
HKG | Hong Kong | Hong Kong SAR | Hong Konger+ ; Hongkonger+ | - | |
HMD | Heard Island and McDonald Islands | | | - | |
HND | Honduras | | Honduran+ | Tegucigalpa | |
HRV | Croatia | | Croatian+ ; Croat+ | Zagreb | |
HTI | Haiti | | Haitian+ | Port-au-Prince | Port au Prince |
HUN | Hungary | | Hungarian+ | Budapest | |
IDN | Indonesia | | Indonesian+ | Jakarta | |
IMN | Isle of Man | | Manx | - | |
IND | India | Bharat | Indian+ | New Delhi | Delhi |
IOT | British Indian Ocean Territory | Chagos Islands ; Chagos Archipelago | Chagossian+ | - | |
IRL | Ireland | Republic of Ireland ; Eire ; Éire | Irish | Dublin | |
IRN | Iran | Islamic Republic | Iranian+ | Tehran | Teheran |
IRQ | Iraq | | Iraqi+ | Baghdad | |
ISL | Iceland | | Icelandic ; Icelander+ | Reykjavik | Reykjavík |
ISR | Israel | Jewish state ; Jewish State | Israeli+ | Jerusalem | Tel Aviv |
ITA | Italy | | Italian+ | Rome | Roma | Palazzo Chigi
JAM | Jamaica | | Jamaican+ | Kingston | |
JEY | Jersey | Bailiwick of Jersey | | St Helier | St. Helier ; Saint Helier |
JOR | Jordan | | Jordanian+ | Amman | |
JPN | Japan | Nippon | Japanese | Tokyo | |
KAZ | Kazakhstan | | Kazakh+ ; Kazakhstani+ | Astana | Nur-Sultan ; Nursultan ; Akmola | Akorda
KEN | Kenya | | Kenyan+ | Nairobi | |
KGZ | Kyrgyzstan | Kirghizia ; Kirgizia | Kyrgyz ; Kyrgyzstani+ ; Kirghiz | Bishkek | |
KHM | Cambodia | Kampuchea | Cambodian+ | Phnom Penh | |
KIR | Kiribati | | I-Kiribati | Tarawa | South Tarawa |
KNA | Saint Kitts and Nevis | St Kitts and Nevis ; St. Kitts and Nevis ; St Kitts | Kittitian+ ; Nevisian+ | Basseterre | |
KOR | South Korea | Republic of Korea ; ROK | South Korean+ | Seoul | | Blue House ; Cheong Wa Dae
KWT | Kuwait | | Kuwaiti+ | Kuwait City | |
LAO | Laos | Lao PDR | Laotian+ ; Lao | Vientiane | |
LBN | Lebanon | | Lebanese | Beirut | | Baabda
LBR | Liberia | | Liberian+ | Monrovia | |
LBY | Libya | | Libyan+ | Tripoli | |
LCA | Saint Lucia | St Lucia ; St. Lucia | Saint Lucian+ ; St Lucian+ | Castries | |
LIE | Liechtenstein | | Liechtensteiner+ | Vaduz | |
LKA | Sri Lanka | Ceylon | Sri Lankan+ | Colombo | Sri Jayawardenepura Kotte ; Kotte |
LSO | Lesotho | | Basotho ; Mosotho | Maseru | |
LTU | Lithuania | | Lithuanian+ | Vilnius | |
LUX | Luxembourg | | Luxembourger+ ; Luxembourgish | Luxembourg City | |
LVA | Latvia | | Latvian+ | Riga | |
MAC | Macau | Macao ; Macau SAR ; Macao SAR | Macanese | - | |
MAF | Saint Martin | Saint-Martin ; St Martin ; St. Martin | | Marigot | |
MAR | Morocco | | Moroccan+ | Rabat | |
MCO | Monaco | | Monegasque+ ; Monégasque+ | - | |
MDA | Moldova | | Moldovan+ | Chisinau | Chișinău ; Chişinău ; Kishinev |
MDG | Madagascar | | Malagasy | Antananarivo | |
MDV | Maldives | the Maldives | Maldivian+ | Malé | |
MEX | Mexico | | Mexican+ | Mexico City | |
MHL | Marshall Islands | | Marshallese | Majuro | |
MKD | North Macedonia | Macedonia ; FYROM ; Former Yugoslav Republic of Macedonia | North Macedonian+ ; Macedonian+ | Skopje | |
MLI | Mali | | Malian+ | Bamako | |
MLT | Malta | | Maltese | Valletta | Valetta |
MMR | Myanmar | Burma ; Republic of the Union of Myanmar | Burmese | Naypyidaw | Nay Pyi Taw ; Naypyitaw |
MNE | Montenegro | Crna Gora | Montenegrin+ | Podgorica | |
MNG | Mongolia | | Mongolian+ | Ulaanbaatar | Ulan Bator ; Ulaan Baatar |
MNP | Northern Mariana Islands | Northern Marianas ; CNMI | Northern Mariana Islander+ | Saipan | |
MOZ | Mozambique | | Mozambican+ | Maputo | |
MRT | Mauritania | | Mauritanian+ | Nouakchott | |
MSR | Montserrat | | Montserratian+ | - | |
MTQ | Martinique | | Martinican+ ; Martiniquais | Fort-de-France | |
MUS | Mauritius | | Mauritian+ | Port Louis | |
MWI | Malawi | | Malawian+ | Lilongwe | |
MYS | Malaysia | | Malaysian+ | Kuala Lumpur | Putrajaya |
MYT | Mayotte | | Mahoran+ | Mamoudzou | |
NAM | Namibia | | Namibian+ | Windhoek | |
NCL | New Caledonia | Nouvelle-Calédonie | New Caledonian+ | Nouméa | Noumea |
NER | Niger | | Nigerien+ | Niamey | |
NFK | Norfolk Island | | Norfolk Islander+ | - | |
NGA | Nigeria | | Nigerian+ | Abuja | | Aso Rock ; Aso Villa
NIC | Nicaragua | | Nicaraguan+ | Managua | |
NIU | Niue | | Niuean+ | Alofi | |
NLD | Netherlands | The Netherlands ; Holland | Dutch | Amsterdam | |
NOR | Norway | | Norwegian+ | Oslo | |
NPL | Nepal | | Nepali+ ; Nepalese | Kathmandu | |
NRU | Nauru | | Nauruan+ | Yaren | |
NZL | New Zealand | Aotearoa | New Zealander+ | Wellington | |
OMN | Oman | | Omani+ | Muscat | |
PAK | Pakistan | | Pakistani+ | Islamabad | |
PAN | Panama | | Panamanian+ | Panama City | |
PCN | Pitcairn Islands | Pitcairn | Pitcairn Islander+ | Adamstown | |
PER | Peru | | Peruvian+ | Lima | |
PHL | Philippines | the Philippines | Filipino+ ; Filipina+ ; Philippine | Manila | | Malacañang ; Malacanang
PLW | Palau | | Palauan+ | Ngerulmud | |
PNG | Papua New Guinea | | Papua New Guinean+ | Port Moresby | |
POL | Poland | | Polish ; Pole+ | Warsaw | |
PRI | Puerto Rico | | Puerto Rican+ | San Juan | |
PRK | North Korea | Democratic People's Republic of Korea ; DPRK ; D.P.R.K. | North Korean+ | Pyongyang | |
PRT | Portugal | | Portuguese | Lisbon | Lisboa |
PRY | Paraguay | | Paraguayan+ | Asunción | Asuncion |
PSE | Palestine | State of Palestine ; Palestinian territories ; Palestinian Territories ; occupied Palestinian territories ; Occupied Palestinian Territories | Palestinian+ | Ramallah | | Palestinian Authority ; Palestinian National Authority
PYF | French Polynesia | Polynésie française | French Polynesian+ | Papeete | |
QAT | Qatar | | Qatari+ | Doha | |
REU | Réunion | Reunion ; La Réunion ; La Reunion | Réunionese ; Reunionese | Saint-Denis | |
ROU | Romania | Roumania | Romanian+ | Bucharest | |
RUS | Russia | Soviet Union ; USSR ; U.S.S.R. | Russian+ ; Soviet+ | Moscow | | Kremlin
RWA | Rwanda | | Rwandan+ ; Rwandese | Kigali | |
SAU | Saudi Arabia | KSA ; Kingdom of Saudi Arabia | Saudi+ ; Saudi Arabian+ | Riyadh | |
SDN | Sudan | the Sudan | Sudanese | Khartoum | Port Sudan |
SEN | Senegal | | Senegalese | Dakar | |
SGP | Singapore | | Singaporean+ | Singapore | |
SGS | South Georgia and the South Sandwich Islands | South Georgia ; South Sandwich Islands | | - | |
SHN | Saint Helena, Ascension and Tristan da Cunha | Saint Helena ; St Helena ; St. Helena ; Ascension Island ; Tristan da Cunha | Saint Helenian+ | Jamestown | |
SJM | Svalbard and Jan Mayen | Svalbard ; Jan Mayen | | Longyearbyen | |
SLB | Solomon Islands | Solomons ; the Solomons | Solomon Islander+ | Honiara | |
SLE | Sierra Leone | | Sierra Leonean+ | Freetown | |
SLV | El Salvador | | Salvadoran+ ; Salvadorean+ | San Salvador | |
SMR | San Marino | | Sammarinese | - | |
SOM | Somalia | | Somali+ ; Somalian+ | Mogadishu | | Villa Somalia
SPM | Saint Pierre and Miquelon | St Pierre and Miquelon ; St. Pierre and Miquelon | | Saint-Pierre | |
SRB | Serbia | Yugoslavia ; Federal Republic of Yugoslavia | Serbian+ ; Serb+ ; Yugoslav+ | Belgrade | Beograd |
SSD | South Sudan | | South Sudanese | Juba | |
STP | São Tomé and Príncipe | Sao Tome and Principe ; São Tomé ; Sao Tome | Santomean+ ; Sao Tomean+ | São Tomé City | Sao Tome City |
SUR | Suriname | Surinam | Surinamese | Paramaribo | |
SVK | Slovakia | Slovak Republic | Slovak+ ; Slovakian+ | Bratislava | |
SVN | Slovenia | | Slovenian+ ; Slovene+ | Ljubljana | |
SWE | Sweden | | Swedish ; Swede+ | Stockholm | |
SWZ | Eswatini | Swaziland | Swazi+ ; Emaswati | Mbabane | Lobamba |
SXM | Sint Maarten | | | Philipsburg | |
SYC | Seychelles | the Seychelles | Seychellois | - | |
SYR | Syria | | Syrian+ | Damascus | |
TCA | Turks and Caicos Islands | Turks and Caicos | | Cockburn Town | |
TCD | Chad | | Chadian+ | N'Djamena | Ndjamena ; N'Djaména |
TGO | Togo | | Togolese | Lomé | Lome |
THA | Thailand | Siam | Thai+ | Bangkok | |
TJK | Tajikistan | Tadjikistan | Tajik+ ; Tajikistani+ ; Tadjik+ | Dushanbe | |
TKL | Tokelau | | Tokelauan+ | - | |
TKM | Turkmenistan | | Turkmen ; Turkmens ; Turkmenistani+ | Ashgabat | Ashkhabad |
TLS | East Timor | Timor-Leste ; Timor Leste | Timorese ; East Timorese | Dili | |
TON | Tonga | | Tongan+ | Nuku'alofa | Nukualofa |
TTO | Trinidad and Tobago | Trinidad | Trinidadian+ ; Tobagonian+ | Port of Spain | Port-of-Spain |
TUN | Tunisia | | Tunisian+ | Tunis | |
TUR | Turkey | Türkiye ; Turkiye ; Republic of Turkey | Turkish ; Turk+ | Ankara | |
TUV | Tuvalu | | Tuvaluan+ | Funafuti | |
TWN | Taiwan | Republic of China ; Chinese Taipei ; Formosa | Taiwanese | Taipei | |
TZA | Tanzania | | Tanzanian+ | Dodoma | Dar es Salaam |
UGA | Uganda | | Ugandan+ | Kampala | |
UKR | Ukraine | | Ukrainian+ | Kyiv | Kiev |
UMI | United States Minor Outlying Islands | US Minor Outlying Islands | | - | |
URY | Uruguay | | Uruguayan+ | Montevideo | |
USA | United States | United States of America ; U.S. ; US ; U.S.A. ; USA ; America | American+ | Washington | Washington, D.C. ; Washington DC ; Washington D.C. | White House
UZB | Uzbekistan | | Uzbek+ ; Uzbekistani+ | Tashkent | Toshkent |
VAT | Vatican | Holy See ; Vatican City ; Vatican City State | | - | |
VCT | Saint Vincent and the Grenadines | St Vincent and the Grenadines ; St. Vincent and the Grenadines ; Saint Vincent ; St Vincent | Vincentian+ | Kingstown | |
VEN | Venezuela | | Venezuelan+ | Caracas | | Miraflores ; Miraflores Palace
VGB | British Virgin Islands | BVI | | Road Town | |
VIR | United States Virgin Islands | US Virgin Islands ; U.S. Virgin Islands ; USVI | | Charlotte Amalie | |
VNM | Vietnam | | Vietnamese | Hanoi | Ha Noi |
VUT | Vanuatu | | Ni-Vanuatu | Port Vila | Port-Vila |
WLF | Wallis and Futuna | | Wallisian+ ; Futunan+ | Mata-Utu | Mata Utu |
WSM | Samoa | | Samoan+ | Apia | |
XKX | Kosovo | Republic of Kosovo ; Kosova | Kosovar+ ; Kosovan+ | Pristina | Prishtina ; Priština ; Prishtinë |
YEM | Yemen | | Yemeni+ | Sanaa | Sana'a ; Sana’a |
ZAF | South Africa | | South African+ | Pretoria | Tshwane |
ZMB | Zambia | | Zambian+ | Lusaka | |
ZWE | Zimbabwe | Rhodesia | Zimbabwean+ ; Rhodesian+ | Harare | Salisbury |
"""


def _split(field: str) -> list[str]:
    return [p.strip() for p in field.split(";") if p.strip()]


def _demonyms(field: str) -> list[str]:
    out: list[str] = []
    for item in _split(field):
        if item.endswith("+"):
            base = item[:-1].strip()
            out.extend([base, base + "s"])
        else:
            out.append(item)
    return out


def _dedupe(items: list[str], exclude: AbstractSet[str] = frozenset()) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        if item in seen or item in exclude:
            continue
        seen.add(item)
        out.append(item)
    return out


def _pycountry_names(code: str) -> list[str]:
    c = pycountry.countries.get(alpha_3=code)
    if c is None:
        return []
    names = []
    for attr in ("official_name", "name", "common_name"):
        val = getattr(c, attr, None)
        if not val or "," in val or "(" in val:
            continue
        if val.lower().startswith("the "):
            val = val[4:]
        names.append(val)
    skip = SKIP_PYCOUNTRY_NAMES.get(code, set())
    return [n for n in names if n not in skip]


def build() -> list[dict]:
    rows: dict[str, dict] = {}
    for line in TABLE.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 7:
            raise ValueError(f"bad row ({len(parts)} fields): {line}")
        code, name, aliases, demonyms, capital, cap_aliases, gov_aliases = parts
        if code in rows:
            raise ValueError(f"duplicate code {code}")
        all_aliases = _split(aliases) + _pycountry_names(code)
        entry = {
            "code": code,
            "name": name,
            "aliases": _dedupe(all_aliases, exclude={name}),
            "demonyms": _dedupe(_demonyms(demonyms)),
            "capital": None if capital in ("", "-") else capital,
        }
        cap_al = _dedupe(_split(cap_aliases), exclude={capital})
        if cap_al:
            entry["capital_aliases"] = cap_al
        gov_al = _split(gov_aliases)
        if gov_al:
            entry["government_aliases"] = gov_al
        rows[code] = entry

    iso = {c.alpha_3 for c in pycountry.countries}
    missing = iso - rows.keys()
    extra = rows.keys() - iso - {"XKX"}
    if missing or extra:
        raise ValueError(
            f"table out of sync with pycountry: missing={sorted(missing)} extra={sorted(extra)}"
        )
    return [rows[k] for k in sorted(rows)]


HEADER = """\
# Countries for parley's actor dictionary: ISO 3166-1 alpha-3 codes (from
# pycountry) plus XKX for Kosovo (not in ISO 3166-1).
# GENERATED by build_countries.py -- edit the table there and re-run.
# Names, aliases, demonyms, capitals and government metonyms are parley's own
# data; see NOTICE.
"""


def main() -> int:
    data = build()
    text = yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=None, width=120
    )
    OUT.write_text(HEADER + text, encoding="utf-8")
    print(f"wrote {len(data)} countries to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
