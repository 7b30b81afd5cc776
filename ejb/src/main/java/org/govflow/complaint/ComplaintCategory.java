package org.govflow.complaint;

/** What a complaint is about. */
public enum ComplaintCategory {
    /** 服务态度 */
    SERVICE_ATTITUDE,
    /** 办事效率 */
    EFFICIENCY,
    /** 违规收费 */
    IRREGULAR_FEES,
    /** 吃拿卡要: asking for favours, gifts or bribes */
    SOLICITING,
    /** 意见建议 */
    SUGGESTION,
    /** 其他 */
    OTHER
}
