package org.citemeta.store;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Map;

/** A stored document: its text exactly as received and what identifies it. */
@Entity
@Table(name = "document")
public class DocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_id")
    public WorkEntity work;

    public String title;

    public String source;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int length;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metadata;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public int[] minhash;

    /** Document metadata read from the text (title, standfirst, authors, e-mail addresses). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> extracted;

    /** Version of the extraction engine that produced the mentions, relations and {@link #extracted}. */
    @Column(name = "extraction_version", nullable = false)
    public int extractionVersion;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
