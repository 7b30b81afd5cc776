package org.govflow.catalog;

/** The legal kind of an approval item. */
public enum ItemKind {
    /** 行政许可: an administrative licence under the Administrative Licensing Law. */
    LICENCE,
    /** 其他审批: other approvals, administrative confirmations and filings. */
    OTHER_APPROVAL,
    /** 公共服务: a public service. */
    PUBLIC_SERVICE
}
