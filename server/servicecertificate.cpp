// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/servicecertificate.h"

#include <QJsonArray>
#include <QSet>

namespace server {

namespace {

QString hoursText(double hours)
{
    return QString::number(hours, 'f', hours == qint64(hours) ? 0 : 1);
}

} // namespace

QString ServiceCertificate::number() const
{
    return QStringLiteral("VC-%1-%2").arg(m_report.value(QStringLiteral("volunteerNumber")).toString(),
                                          m_issuedOn.toString(QStringLiteral("yyyyMMdd")));
}

QList<ServiceCertificate::Line> ServiceCertificate::lines(QList<Line> *service) const
{
    const QString name = m_report.value(QStringLiteral("name")).toString();
    const QString idType = m_report.value(QStringLiteral("idType")).toString();
    const QString masked = m_report.value(QStringLiteral("idNumberMasked")).toString();
    QList<Line> head{
        {QStringLiteral("志愿者姓名：%1").arg(name), QStringLiteral("Volunteer name: %1").arg(name)},
        idType == u"resident_id_card" || (idType.isEmpty() && !masked.isEmpty())
            ? Line{QStringLiteral("证件类型：居民身份证"), QStringLiteral("ID type: Resident identity card")}
            : Line{QStringLiteral("证件类型：%1").arg(idType.isEmpty() ? QStringLiteral("未记录") : idType),
                   QStringLiteral("ID type: %1").arg(idType.isEmpty() ? QStringLiteral("not recorded") : idType)},
        masked.isEmpty()
            ? Line{QStringLiteral("证件号码：未记录（本系统不保存证件号码）"),
                   QStringLiteral("ID number: not recorded (this system holds no ID numbers)")}
            : Line{QStringLiteral("证件号码：%1（本系统不保存完整证件号码）").arg(masked),
                   QStringLiteral("ID number: %1 (this system does not hold the full number)").arg(masked)},
        {QStringLiteral("志愿者编号：%1").arg(m_report.value(QStringLiteral("volunteerNumber")).toString()),
         QStringLiteral("Volunteer number: %1").arg(m_report.value(QStringLiteral("volunteerNumber")).toString())},
    };
    QStringList stations;
    double counted = 0;
    for (const QJsonValue &v : m_report.value(QStringLiteral("periods")).toArray()) {
        const QJsonObject p = v.toObject();
        if (!p.value(QStringLiteral("counted")).toBool())
            continue;
        const bool duty = p.value(QStringLiteral("kind")).toString() == u"station_duty";
        const QJsonObject content = p.value(QStringLiteral("content")).toObject();
        const QString zh = duty ? QStringLiteral("站点值班") : content.value(QStringLiteral("zh")).toString(QStringLiteral("志愿服务"));
        const QString en = duty ? QStringLiteral("Station duty") : content.value(QStringLiteral("en")).toString(QStringLiteral("Volunteer service"));
        const QString when = p.value(QStringLiteral("start")).toString().replace(u'T', u' ') + QStringLiteral("–")
                             + p.value(QStringLiteral("end")).toString().right(5);
        const double hours = p.value(QStringLiteral("hours")).toDouble();
        const QString station = p.value(QStringLiteral("stationName")).toString();
        service->append({QStringLiteral("%1  %2 小时  %3  %4").arg(when, hoursText(hours), station, zh),
                         QStringLiteral("%1  %2 h  %3  %4").arg(when, hoursText(hours), station, en),
                         {when, hoursText(hours), station, zh, en}});
        counted += hours;
        if (!stations.contains(station))
            stations.append(station);
    }
    if (service->isEmpty())
        service->append({QStringLiteral("（本系统尚无服务记录）"), QStringLiteral("(no service recorded in this system yet)"), {}});
    QList<Line> tail{
        {QStringLiteral("累计服务时长：%1 小时（以上各次记录之和）").arg(hoursText(counted)),
         QStringLiteral("Total hours of service: %1 h (the sum of the records above)").arg(hoursText(counted))},
    };
    const double total = m_report.value(QStringLiteral("hoursTotal")).toDouble();
    if (total > counted + 0.01)
        tail.append({QStringLiteral("另有此前记录的服务时长 %1 小时，累计共 %2 小时").arg(hoursText(total - counted), hoursText(total)),
                     QStringLiteral("Hours recorded before this system: %1 h, %2 h in all").arg(hoursText(total - counted), hoursText(total))});
    tail.append({QStringLiteral("服务站点：%1").arg(stations.isEmpty() ? QStringLiteral("—") : stations.join(QStringLiteral("、"))),
                 QStringLiteral("Stations: %1").arg(stations.isEmpty() ? QStringLiteral("—") : stations.join(QStringLiteral(", ")))});
    tail.append({QStringLiteral("出具单位（盖章）：%1").arg(m_issuer), QStringLiteral("Issued by (seal): %1").arg(m_issuer)});
    tail.append({QStringLiteral("证明编号：%1").arg(number()), QStringLiteral("Certificate number: %1").arg(number())});
    tail.append({QStringLiteral("出具日期：%1年%2月%3日").arg(m_issuedOn.year()).arg(m_issuedOn.month()).arg(m_issuedOn.day()),
                 QStringLiteral("Date of issue: %1").arg(m_issuedOn.toString(Qt::ISODate))});
    head.append({QStringLiteral("服务记录："), QStringLiteral("Service record:")});
    head.append({QString(), QString()}); // the service lines go here
    head.append(tail);
    return head;
}

QString ServiceCertificate::text() const
{
    QList<Line> service;
    QString out = QStringLiteral("志愿服务记录证明\nCertificate of Volunteer Service Record\n\n"
                                 "兹证明该志愿者的志愿服务记录如下。\nThis certifies the volunteer service recorded below.\n\n");
    for (const Line &l : lines(&service)) {
        if (l.zh.isEmpty()) {
            for (const Line &s : service)
                out += QStringLiteral("  %1\n  %2\n").arg(s.zh, s.en);
            out += u'\n';
            continue;
        }
        out += l.zh + u'\n' + l.en + u'\n';
    }
    return out;
}

QString ServiceCertificate::html() const
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QList<Line> service;
    QString out = QStringLiteral("<html><body style=\"font-family: 'Noto Sans CJK SC', sans-serif\">"
                                 "<h1 align=\"center\">志愿服务记录证明</h1>"
                                 "<p align=\"center\">Certificate of Volunteer Service Record</p>"
                                 "<p>兹证明该志愿者的志愿服务记录如下。<br/>This certifies the volunteer service recorded below.</p>");
    for (const Line &l : lines(&service)) {
        if (l.zh.isEmpty()) {
            out += QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" width=\"100%\">"
                                  "<tr><th>服务时间<br/><small>Time</small></th><th>时长<br/><small>Hours</small></th>"
                                  "<th>服务站点<br/><small>Station</small></th><th>服务内容<br/><small>Service</small></th></tr>");
            for (const Line &s : service) {
                if (s.columns.isEmpty())
                    out += QStringLiteral("<tr><td colspan=\"4\">%1<br/><small>%2</small></td></tr>").arg(esc(s.zh), esc(s.en));
                else
                    out += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 小时<br/><small>%2 h</small></td><td>%3</td>"
                                          "<td>%4<br/><small>%5</small></td></tr>")
                               .arg(esc(s.columns.value(0)), esc(s.columns.value(1)), esc(s.columns.value(2)),
                                    esc(s.columns.value(3)), esc(s.columns.value(4)));
            }
            out += QStringLiteral("</table>");
            continue;
        }
        out += QStringLiteral("<p>%1<br/><small>%2</small></p>").arg(esc(l.zh), esc(l.en));
    }
    return out + QStringLiteral("</body></html>");
}

} // namespace server
